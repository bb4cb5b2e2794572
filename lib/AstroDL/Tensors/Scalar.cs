using System.Globalization;

namespace AstroDL;

/// <summary>A number passed to a tensor op (x.add(1), x * 0.5f); remembers whether it was floating point.</summary>
public readonly struct Scalar
{
    private Scalar(double value, bool isFloating)
    {
        Value = value;
        IsFloating = isFloating;
    }

    public double Value { get; }
    public bool IsFloating { get; }

    public static implicit operator Scalar(double v) => new(v, true);
    public static implicit operator Scalar(float v) => new(v, true);
    public static implicit operator Scalar(int v) => new(v, false);
    public static implicit operator Scalar(long v) => new(v, false);
    public static implicit operator Scalar(bool v) => new(v ? 1 : 0, false);

    public double ToDouble() => Value;
    public float ToSingle() => (float)Value;
    public long ToInt64() => (long)Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
