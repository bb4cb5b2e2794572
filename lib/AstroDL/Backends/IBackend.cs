namespace AstroDL.Backends;

internal enum UnaryOp
{
    Neg, Abs, Sign, Square,
    Sqrt, Rsqrt, Reciprocal, Exp, Expm1, Log, Log1p, Sin, Cos, Tanh, Sigmoid,
    Tan, Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh,
    Floor, Ceil, Round,
    Relu,
    /// <summary>x if x &gt; 0 else alpha·x.</summary>
    LeakyRelu,
    /// <summary>x if x &gt; 0 else alpha·(exp(x) − 1).</summary>
    Elu,
    /// <summary>log(1 + exp(alpha·x)) / alpha, or x where alpha·x &gt; beta (PyTorch's threshold).</summary>
    Softplus,
    /// <summary>alpha·x + beta (scalar arithmetic without allocating a scalar tensor).</summary>
    Affine,
    /// <summary>x to the power alpha.</summary>
    PowScalar,
    /// <summary>min(max(x, alpha), beta); NaN bounds mean "no bound".</summary>
    Clamp,
}

internal enum BinaryOp
{
    Add, Sub, Mul, Div, Pow, Maximum, Minimum, Atan2,
    /// <summary>a where b &gt; 0, else 0: relu's backward, with a the upstream gradient and b relu's input.</summary>
    ReluBackward,
}

internal enum CompareOp { Eq, Ne, Lt, Le, Gt, Ge }

internal enum LogicalOp { And, Or, Xor }

internal enum ReduceOp { Sum, Max, Min, Prod }

/// <summary>
/// Everything a device must provide. Tensors, autograd and layers speak only to this interface, so a
/// device is added by implementing it. Inputs are strided views (already broadcast to the output's
/// shape where the op is pointwise); outputs are views the caller allocated. In-place ops pass the same
/// view as input and output of Unary and Binary (y = a), so pointwise kernels must allow that.
/// </summary>
internal interface IBackend
{
    torch.Device Device { get; }

    /// <summary>Memory for length elements with unspecified contents (callers write every element).</summary>
    Storage Allocate(ScalarType dtype, long length);
    Storage FromHost(Array data);
    /// <summary>Copies a view into a contiguous host array of the view's dtype.</summary>
    void ToHost(View source, Array destination);

    /// <summary>Strided copy, converting the element type when the two storages differ.</summary>
    void Copy(View source, View destination);
    void Fill(View destination, double value);

    void Unary(UnaryOp op, View x, View y, double alpha = 0, double beta = 0);
    void Binary(BinaryOp op, View a, View b, View y);
    void Compare(CompareOp op, View a, View b, View y);
    void Logical(LogicalOp op, View a, View b, View y);
    void Where(View condition, View a, View b, View y);

    /// <summary>Reduces x into y, whose shape is x's with the reduced axes set to 1 (keepdim).</summary>
    void Reduce(ReduceOp op, View x, View y);
    /// <summary>Values and indices of the max (or min) along one axis; outputs have that axis set to 1.</summary>
    void ArgReduce(bool max, View x, int axis, View values, View indices);

    /// <summary>
    /// Batched matrix product c[b] = a[b] · b[b] (c[b] += ... with accumulate) with a [B,M,K], b [B,K,N] (any strides),
    /// c [B,M,N] with unit column stride. A c with batch stride 0, one matrix for every batch, receives the sum over
    /// the batch (the weight gradient of a convolution sums its images this way).
    /// </summary>
    void MatMul(View a, View b, View c, bool accumulate = false);

    // Convolution and pooling. Images are contiguous [N, C, H, W] views (1-d ops use H = 1); g describes the window.

    /// <summary>Unfolds each image of x into columns [N, C·kH·kW, OH·OW] (contiguous): row (c, kh, kw), column (oh, ow); padding reads 0.</summary>
    void Im2Col(View x, View columns, ConvGeometry g);
    /// <summary>
    /// The adjoint of Im2Col: adds each column entry into the image element it reads (entries on padding are dropped).
    /// The columns are scratch: a backend may clear their entries on padding.
    /// </summary>
    void Col2Im(View columns, View x, ConvGeometry g);
    /// <summary>
    /// The maximum of each window into y [N, C, OH, OW] and, in indices (int64, same shape), its position h·W + w within
    /// the plane. Padding never wins; a NaN in a window wins (as in PyTorch).
    /// </summary>
    void MaxPool(View x, View y, View indices, ConvGeometry g);
    /// <summary>gradX[n, c, indices[n, c, i]] += gradY[n, c, i]; gradX is [N, C, H, W], gradY and indices [N, C, OH, OW].</summary>
    void MaxPoolBackward(View gradY, View indices, View gradX);
    /// <summary>
    /// The mean of each window into y [N, C, OH, OW]. The divisor is divisorOverride when given; else the window's size,
    /// clipped to the padded image (PadTop and PadLeft also pad the far side), counting padding only with countIncludePad.
    /// </summary>
    void AvgPool(View x, View y, ConvGeometry g, bool countIncludePad, long? divisorOverride);
    /// <summary>Adds each gradY element, divided as AvgPool divides, into every image element of its window.</summary>
    void AvgPoolBackward(View gradY, View gradX, ConvGeometry g, bool countIncludePad, long? divisorOverride);

    /// <summary>Softmax (or log-softmax) over the last axis of a contiguous x into contiguous y.</summary>
    void Softmax(View x, View y, bool log);

    /// <summary>
    /// The fused optimizer updates: every element of the parameter and its state read and written once. All views
    /// are contiguous, of one shape and one floating dtype; maxExpAvgSq is used only with amsgrad, and the momentum
    /// buffer only with a momentum (both may be default otherwise).
    /// </summary>
    void AdamStep(View param, View grad, View expAvg, View expAvgSq, View maxExpAvgSq, AdamScalars s);
    void SgdStep(View param, View grad, View momentumBuffer, SgdScalars s);

    /// <summary>
    /// Softmax cross-entropy of contiguous logits [N, C] against int64 class indices [N], forward and backward in one
    /// pass: loss is [N] (per-row −log softmax(x)[t]) or 0-d (their sum, or with <paramref name="mean"/> their mean over
    /// rows whose target is not ignoreIndex); gradient, unless default, gets d loss / d logits for a unit upstream
    /// gradient: softmax − one-hot per row, divided by the row count for the mean, zero on ignored rows. A target
    /// outside [0, C) other than ignoreIndex throws.
    /// </summary>
    void CrossEntropy(View logits, View target, long ignoreIndex, bool mean, View loss, View gradient);

    void Gather(View x, int dim, View index, View y);
    /// <summary>y[..., index[i], ...] += src[..., i, ...] along dim (y already holds its initial values).</summary>
    void ScatterAdd(View source, int dim, View index, View y);
    void IndexSelect(View x, int dim, View index, View y);
    void IndexAdd(View source, int dim, View index, View y);

    /// <summary>Uniform numbers in [low, high) from the Philox stream (seed, offset), one counter per four elements.</summary>
    void RandomUniform(View y, ulong seed, ulong offset, double low, double high);
    void RandomNormal(View y, ulong seed, ulong offset, double mean, double std);
}
