namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>
        /// The elements as nested lists (List&lt;object&gt; per dimension, the element type's own values inside), or
        /// the single value of a 0-d tensor, as TorchSharp's tolist() gives them.
        /// </summary>
        public object tolist()
        {
            var values = ReadAll();
            object Element(long at) => dtype == ScalarType.Bool ? ((byte[])values)[at] != 0 : values.GetValue(at)!;
            object Nest(int dim, long offset, long stride)
            {
                if (dim == dims.Length) return Element(offset);
                long inner = stride / Math.Max(dims[dim], 1);
                var list = new List<object>((int)dims[dim]);
                for (long i = 0; i < dims[dim]; i++) list.Add(Nest(dim + 1, offset + i * inner, inner));
                return list;
            }
            return Nest(0, 0, values.LongLength);
        }
    }
}
