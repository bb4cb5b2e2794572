namespace AstroDL;

/// <summary>How a convolution pads its input: Valid adds nothing, Same pads so that a stride-1 output keeps the input's size.</summary>
public enum Padding
{
    Valid = 0,
    Same = 1,
}

/// <summary>What fills the padding: zeros or a constant, the mirror image without the edge (reflect), the edge (replicate), or the far side (circular).</summary>
public enum PaddingModes
{
    Zeros = 0,
    Reflect = 1,
    Replicate = 2,
    Circular = 3,
    Constant = 4,
}
