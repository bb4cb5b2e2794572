using System.Numerics;
using System.Runtime.CompilerServices;

namespace AstroDL.Backends.Cpu;

internal sealed partial class CpuBackend
{
    public void Copy(View source, View destination)
    {
        switch (source.Storage.DType)
        {
            case ScalarType.Float32: CopyFrom<float>(source, destination); break;
            case ScalarType.Float64: CopyFrom<double>(source, destination); break;
            case ScalarType.Int64: CopyFrom<long>(source, destination); break;
            case ScalarType.Bool: CopyFrom<byte>(source, destination); break;
        }
    }

    private static void CopyFrom<TS>(View s, View d)
        where TS : unmanaged, INumber<TS>
    {
        switch (d.Storage.DType)
        {
            case ScalarType.Float32: CopyTyped<TS, float>(s, d); break;
            case ScalarType.Float64: CopyTyped<TS, double>(s, d); break;
            case ScalarType.Int64: CopyTyped<TS, long>(s, d); break;
            case ScalarType.Bool: CopyTyped<TS, byte>(s, d); break;
        }
    }

    private static void CopyTyped<TS, TD>(View s, View d)
        where TS : unmanaged, INumber<TS>
        where TD : unmanaged, INumber<TD>
    {
        var k = new CopyRows<TS, TD> { S = Data<TS>(s), D = Data<TD>(d), ToBool = d.Storage.DType == ScalarType.Bool };
        StridedRows.RunElementwise(ref k, d.Shape, s.Offset, s.Strides, d.Offset, d.Strides);
    }

    private struct CopyRows<TS, TD> : IRowKernel
        where TS : unmanaged, INumber<TS>
        where TD : unmanaged, INumber<TD>
    {
        public TS[] S;
        public TD[] D;
        public bool ToBool;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long os, long od, long o2, long o3, long n, long ss, long sd, long s2, long s3)
        {
            if (typeof(TS) == typeof(TD) && ss == 1 && sd == 1)
            {
                ((TD[])(object)S).AsSpan((int)os, (int)n).CopyTo(D.AsSpan((int)od, (int)n));
                return;
            }
            // A broadcast value (a bias over a plane, an expanded tensor) fills the row.
            if (typeof(TS) == typeof(TD) && ss == 0 && sd == 1 && !ToBool)
            {
                D.AsSpan((int)od, (int)n).Fill(((TD[])(object)S)[os]);
                return;
            }
            for (long i = 0; i < n; i++)
            {
                var v = S[os + i * ss];
                D[od + i * sd] = ToBool ? (TS.IsZero(v) ? TD.Zero : TD.One) : TD.CreateTruncating(v);
            }
        }
    }

    public void Fill(View destination, double value)
    {
        switch (destination.Storage.DType)
        {
            case ScalarType.Float32: FillTyped(destination, (float)value); break;
            case ScalarType.Float64: FillTyped(destination, value); break;
            case ScalarType.Int64: FillTyped(destination, (long)value); break;
            case ScalarType.Bool: FillTyped(destination, value != 0 ? (byte)1 : (byte)0); break;
        }
    }

    private static void FillTyped<T>(View d, T value)
        where T : unmanaged
    {
        var k = new FillRows<T> { D = Data<T>(d), Value = value };
        StridedRows.RunElementwise(ref k, d.Shape, d.Offset, d.Strides);
    }

    private struct FillRows<T> : IRowKernel
        where T : unmanaged
    {
        public T[] D;
        public T Value;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public readonly void Row(long od, long o1, long o2, long o3, long n, long sd, long s1, long s2, long s3)
        {
            if (sd == 1) D.AsSpan((int)od, (int)n).Fill(Value);
            else for (long i = 0; i < n; i++) D[od + i * sd] = Value;
        }
    }
}
