using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void AdamStep(View param, View grad, View expAvg, View expAvgSq, View maxExpAvgSq, AdamScalars s)
    {
        switch (param.Storage.DType)
        {
            case ScalarType.Float32: AdamTyped<float>(param, grad, expAvg, expAvgSq, maxExpAvgSq, s); break;
            case ScalarType.Float64: AdamTyped<double>(param, grad, expAvg, expAvgSq, maxExpAvgSq, s); break;
            default: throw new NotSupportedException($"Adam on a {param.Storage.DType.Name()} parameter.");
        }
    }

    public void SgdStep(View param, View grad, View momentumBuffer, SgdScalars s)
    {
        switch (param.Storage.DType)
        {
            case ScalarType.Float32: SgdTyped<float>(param, grad, momentumBuffer, s); break;
            case ScalarType.Float64: SgdTyped<double>(param, grad, momentumBuffer, s); break;
            default: throw new NotSupportedException($"SGD on a {param.Storage.DType.Name()} parameter.");
        }
    }

    private static Span<T> Elements<T>(View v) => Data<T>(v).AsSpan((int)v.Offset, (int)v.Count);

    /// <summary>
    /// The vector loop and the scalar tail do the same operations in the same order, so an element's result does
    /// not depend on where it falls.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AdamTyped<T>(View param, View grad, View expAvg, View expAvgSq, View maxExpAvgSq, AdamScalars s)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<T> p = Elements<T>(param), m = Elements<T>(expAvg), v = Elements<T>(expAvgSq);
        ReadOnlySpan<T> g = Elements<T>(grad);
        Span<T> vMax = s.Amsgrad ? Elements<T>(maxExpAvgSq) : default;
        // The vector loop reads without bounds checks, so every operand must be the parameter's length.
        if (g.Length != p.Length || m.Length != p.Length || v.Length != p.Length || (s.Amsgrad && vMax.Length != p.Length))
            throw new ArgumentException("AdamStep: the gradient and state must have the parameter's length.");
        T beta1 = T.CreateTruncating(s.Beta1), beta2 = T.CreateTruncating(s.Beta2);
        T oneMinusBeta1 = T.CreateTruncating(1 - s.Beta1), oneMinusBeta2 = T.CreateTruncating(1 - s.Beta2);
        T decay = T.CreateTruncating(s.WeightDecay), shrink = T.CreateTruncating(1 - s.LearningRate * s.WeightDecay);
        T eps = T.CreateTruncating(s.Eps), sign = s.Maximize ? -T.One : T.One;
        T stepSize = T.CreateTruncating(s.StepSize), correction2 = T.CreateTruncating(s.BiasCorrection2);
        bool l2 = !s.Decoupled && s.WeightDecay != 0, decoupled = s.Decoupled && s.WeightDecay != 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref T p0 = ref MemoryMarshal.GetReference(p), g0 = ref MemoryMarshal.GetReference(g);
            ref T m0 = ref MemoryMarshal.GetReference(m), v0 = ref MemoryMarshal.GetReference(v), vMax0 = ref MemoryMarshal.GetReference(vMax);
            for (; i + Vector256<T>.Count <= p.Length; i += Vector256<T>.Count)
            {
                nuint at = (nuint)i;
                var pi = Vector256.LoadUnsafe(ref p0, at);
                var gi = Vector256.LoadUnsafe(ref g0, at) * sign;
                if (decoupled) pi *= shrink;
                if (l2) gi += decay * pi;
                var mi = Vector256.LoadUnsafe(ref m0, at) * beta1 + oneMinusBeta1 * gi;
                var vi = Vector256.LoadUnsafe(ref v0, at) * beta2 + oneMinusBeta2 * (gi * gi);
                mi.StoreUnsafe(ref m0, at);
                vi.StoreUnsafe(ref v0, at);
                if (s.Amsgrad)
                {
                    vi = Vector256.Max(Vector256.LoadUnsafe(ref vMax0, at), vi);
                    vi.StoreUnsafe(ref vMax0, at);
                }
                var denom = Vector256.Sqrt(vi) / correction2 + Vector256.Create(eps);
                (pi + stepSize * (mi / denom)).StoreUnsafe(ref p0, at);
            }
        }
        for (; i < p.Length; i++)
        {
            T pi = p[i], gi = g[i] * sign;
            if (decoupled) pi *= shrink;
            if (l2) gi += decay * pi;
            T mi = m[i] * beta1 + oneMinusBeta1 * gi;
            T vi = v[i] * beta2 + oneMinusBeta2 * (gi * gi);
            m[i] = mi;
            v[i] = vi;
            if (s.Amsgrad) vMax[i] = vi = T.Max(vMax[i], vi);
            p[i] = pi + stepSize * (mi / (T.Sqrt(vi) / correction2 + eps));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SgdTyped<T>(View param, View grad, View momentumBuffer, SgdScalars s)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Span<T> p = Elements<T>(param);
        ReadOnlySpan<T> g = Elements<T>(grad);
        bool momentum = s.Momentum != 0;
        Span<T> b = momentum ? Elements<T>(momentumBuffer) : default;
        if (g.Length != p.Length || (momentum && b.Length != p.Length))
            throw new ArgumentException("SgdStep: the gradient and momentum buffer must have the parameter's length.");
        T sign = s.Maximize ? -T.One : T.One, decay = T.CreateTruncating(s.WeightDecay), mu = T.CreateTruncating(s.Momentum);
        T keep = T.CreateTruncating(1 - s.Dampening), step = T.CreateTruncating(-s.LearningRate);
        bool l2 = s.WeightDecay != 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref T p0 = ref MemoryMarshal.GetReference(p), g0 = ref MemoryMarshal.GetReference(g), b0 = ref MemoryMarshal.GetReference(b);
            for (; i + Vector256<T>.Count <= p.Length; i += Vector256<T>.Count)
            {
                nuint at = (nuint)i;
                var pi = Vector256.LoadUnsafe(ref p0, at);
                var di = Vector256.LoadUnsafe(ref g0, at) * sign;
                if (l2) di += decay * pi;
                if (momentum)
                {
                    var bi = s.FirstStep ? di : Vector256.LoadUnsafe(ref b0, at) * mu + keep * di;
                    bi.StoreUnsafe(ref b0, at);
                    di = s.Nesterov ? di + mu * bi : bi;
                }
                (pi + step * di).StoreUnsafe(ref p0, at);
            }
        }
        for (; i < p.Length; i++)
        {
            T di = g[i] * sign;
            if (l2) di += decay * p[i];
            if (momentum)
            {
                T bi = s.FirstStep ? di : b[i] * mu + keep * di;
                b[i] = bi;
                di = s.Nesterov ? di + mu * bi : bi;
            }
            p[i] += step * di;
        }
    }
}
