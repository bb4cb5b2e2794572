namespace AstroDL;

/// <summary>Kinds of device a tensor can live on (TorchSharp's names).</summary>
public enum DeviceType
{
    CPU = 0,
    CUDA = 1,
    MPS = 13,
}

public static partial class torch
{
    /// <summary>A device such as <c>cpu</c> or <c>cuda:0</c>.</summary>
    public sealed class Device : IEquatable<Device>
    {
        public Device(DeviceType type, int index = -1)
        {
            this.type = type;
            this.index = index;
        }

        /// <summary>Parses "cpu", "cuda", "cuda:1", "mps".</summary>
        public Device(string description)
        {
            var parts = description.Trim().ToLowerInvariant().Split(':');
            type = parts[0] switch
            {
                "cpu" => DeviceType.CPU,
                "cuda" => DeviceType.CUDA,
                "mps" => DeviceType.MPS,
                _ => throw new ArgumentException($"Device '{description}': expected 'cpu', 'cuda', 'cuda:N' or 'mps'."),
            };
            index = parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : -1;
        }

        public DeviceType type { get; }
        public int index { get; }

        public bool Equals(Device? other) => other is not null && other.type == type && Math.Max(other.index, 0) == Math.Max(index, 0);
        public override bool Equals(object? obj) => obj is Device d && Equals(d);
        public override int GetHashCode() => HashCode.Combine(type, Math.Max(index, 0));
        public override string ToString() => index >= 0 ? $"{type.ToString().ToLowerInvariant()}:{index}" : type.ToString().ToLowerInvariant();

        public static implicit operator Device(string description) => new(description);
    }

    public static readonly Device CPU = new(DeviceType.CPU);
    public static readonly Device CUDA = new(DeviceType.CUDA);
    public static readonly Device MPS = new(DeviceType.MPS);

    public static Device device(string description) => new(description);
    public static Device device(DeviceType type, int index = -1) => new(type, index);

    /// <summary>Apple GPUs are not supported by this kit; present so TorchSharp device-selection code compiles.</summary>
    public static bool mps_is_available() => false;
}
