namespace AstroDL;

/// <summary>
/// TorchSharp's factory overloads for one to four dimensions given one by one, so that zeros(8, 10, dtype: ...) and
/// randn(b, 100, 1, 1, device: ...) bind as they do there (the params long[] forms take no options).
/// </summary>
public static partial class torch
{
    public static Tensor zeros(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros([size], dtype, device, requires_grad);

    public static Tensor zeros(long rows, long columns, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros([rows, columns], dtype, device, requires_grad);

    public static Tensor zeros(long dim0, long dim1, long dim2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        zeros([dim0, dim1, dim2], dtype, device, requires_grad);

    public static Tensor zeros(long dim0, long dim1, long dim2, long dim3, ScalarType? dtype = null, Device? device = null,
        bool requires_grad = false) => zeros([dim0, dim1, dim2, dim3], dtype, device, requires_grad);

    public static Tensor ones(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        ones([size], dtype, device, requires_grad);

    public static Tensor ones(long rows, long columns, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        ones([rows, columns], dtype, device, requires_grad);

    public static Tensor ones(long dim0, long dim1, long dim2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        ones([dim0, dim1, dim2], dtype, device, requires_grad);

    public static Tensor ones(long dim0, long dim1, long dim2, long dim3, ScalarType? dtype = null, Device? device = null,
        bool requires_grad = false) => ones([dim0, dim1, dim2, dim3], dtype, device, requires_grad);

    public static Tensor empty(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        empty([size], dtype, device, requires_grad);

    public static Tensor empty(long rows, long columns, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        empty([rows, columns], dtype, device, requires_grad);

    public static Tensor empty(long dim0, long dim1, long dim2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        empty([dim0, dim1, dim2], dtype, device, requires_grad);

    public static Tensor empty(long dim0, long dim1, long dim2, long dim3, ScalarType? dtype = null, Device? device = null,
        bool requires_grad = false) => empty([dim0, dim1, dim2, dim3], dtype, device, requires_grad);

    public static Tensor full(long size, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        full([size], value, dtype, device, requires_grad);

    public static Tensor full(long rows, long columns, Scalar value, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) =>
        full([rows, columns], value, dtype, device, requires_grad);

    public static Tensor full(long dim0, long dim1, long dim2, Scalar value, ScalarType? dtype = null, Device? device = null,
        bool requires_grad = false) => full([dim0, dim1, dim2], value, dtype, device, requires_grad);

    public static Tensor full(long dim0, long dim1, long dim2, long dim3, Scalar value, ScalarType? dtype = null, Device? device = null,
        bool requires_grad = false) => full([dim0, dim1, dim2, dim3], value, dtype, device, requires_grad);

    public static Tensor rand(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false, Generator? generator = null) =>
        rand([size], dtype, device, requires_grad, generator);

    public static Tensor rand(long rows, long columns, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => rand([rows, columns], dtype, device, requires_grad, generator);

    public static Tensor rand(long dim0, long dim1, long dim2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => rand([dim0, dim1, dim2], dtype, device, requires_grad, generator);

    public static Tensor rand(long dim0, long dim1, long dim2, long dim3, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => rand([dim0, dim1, dim2, dim3], dtype, device, requires_grad, generator);

    public static Tensor randn(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false, Generator? generator = null) =>
        randn([size], dtype, device, requires_grad, generator);

    public static Tensor randn(long rows, long columns, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => randn([rows, columns], dtype, device, requires_grad, generator);

    public static Tensor randn(long dim0, long dim1, long dim2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => randn([dim0, dim1, dim2], dtype, device, requires_grad, generator);

    public static Tensor randn(long dim0, long dim1, long dim2, long dim3, ScalarType? dtype = null, Device? device = null, bool requires_grad = false,
        Generator? generator = null) => randn([dim0, dim1, dim2, dim3], dtype, device, requires_grad, generator);
}
