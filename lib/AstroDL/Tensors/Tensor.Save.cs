namespace AstroDL;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Writes the tensor in TorchSharp's tensor format (readable by TorchSharp's Tensor.load).</summary>
        public void save(string location)
        {
            using var stream = File.Create(location);
            using var writer = new BinaryWriter(stream);
            Serialization.TensorBinaryFormat.Write(this, writer);
        }

        /// <summary>Reads a tensor written by save (the kit's or TorchSharp's) into the CPU.</summary>
        public static Tensor load(string location)
        {
            using var stream = File.OpenRead(location);
            using var reader = new BinaryReader(stream);
            return Serialization.TensorBinaryFormat.Read(reader);
        }
    }

    public static void save(Tensor t, string location) => t.save(location);
}
