using AstroDL.Serialization;

namespace AstroDL;

public static partial class torch
{
    /// <summary>
    /// Writes named tensors to a safetensors file (readable by PyTorch's safetensors.torch.load_file). The file is
    /// written under a temporary name and renamed at the end, so a crash never leaves half a checkpoint.
    /// </summary>
    public static void save(IDictionary<string, Tensor> tensors, string path)
    {
        if (tensors.ContainsKey("__metadata__"))
            throw new ArgumentException($"torch.save {path}: '__metadata__' is reserved by the safetensors format; rename that tensor.");
        AtomicFile.Write(path, stream => SafeTensors.Write(tensors, stream));
    }

    /// <summary>Reads every tensor of a safetensors file (onto the CPU), by name.</summary>
    public static Dictionary<string, Tensor> load(string path) => SafeTensors.Read(path);
}
