namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        public abstract partial class Module
        {
            /// <summary>Writes the parameters and buffers (state_dict) to a safetensors file; see torch.save.</summary>
            public Module save(string path)
            {
                torch.save(state_dict(), path);
                return this;
            }

            /// <summary>
            /// Copies the parameters and buffers saved in a safetensors file into this module (see load_state_dict for
            /// what strict means). On an error the module is left unchanged.
            /// </summary>
            public Module load(string path, bool strict = true)
            {
                var tensors = torch.load(path);
                try
                {
                    load_state_dict(tensors, strict);
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"{path}: {e.Message}", e);
                }
                finally
                {
                    foreach (var t in tensors.Values) t.Dispose();
                }
                return this;
            }
        }
    }
}
