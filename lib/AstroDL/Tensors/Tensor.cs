using AstroDL.Autograd;
using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    /// <summary>
    /// An n-dimensional array on a device: a strided window (offset, shape, strides) onto a storage, so
    /// views such as transpose, narrow and expand cost nothing. Operations are recorded for autograd
    /// when an input requires a gradient.
    /// </summary>
    public partial class Tensor : IDisposable
    {
        private Storage storageValue;
        private bool disposed;
        internal long offset;
        internal long[] dims;
        internal long[] strides;
        private bool requiresGrad;

        internal Tensor(Storage storage, long offset, long[] shape, long[] strides)
        {
            storage.Retain();
            storageValue = storage;
            this.offset = offset;
            dims = shape;
            this.strides = strides;
            CountCreated();
            DisposeScope.Current?.Track(this);
        }

        /// <summary>Takes over another tensor's storage and layout (how a Parameter wraps its data).</summary>
        protected Tensor(Tensor source)
            : this(source.storage, source.offset, source.dims, source.strides)
        {
        }

        /// <summary>
        /// The storage; a disposed handle refuses to give it, except to the gradient functions of the autograd graph,
        /// which saved it before the handle was disposed (the graph holds its own reference, see <see cref="Node"/>).
        /// </summary>
        internal Storage storage => !disposed || Node.IsApplying ? storageValue : throw new ObjectDisposedException(
            $"Tensor {Layout.Format(dims)}",
            "This tensor was disposed (for example when its torch.NewDisposeScope() ended). Call MoveToOuterDisposeScope() " +
            "or DetachFromDisposeScope() on tensors you keep beyond the scope.");

        /// <summary>The storage for the autograd node that saved this tensor (it holds a reference of its own).</summary>
        internal Storage StorageEvenIfDisposed => storageValue;

        internal View View => new(storage, offset, dims, strides);

        /// <summary>Whether this is the only live tensor on its storage and covers all of it (no views share it).</summary>
        internal bool OwnsStorageAlone => storage.ReferenceCount == 1 && offset == 0 && storage.Length == numel();

        internal IBackend Backend => storage.Backend;

        /// <summary>The sizes of the dimensions (a fresh array).</summary>
        public long[] shape => (long[])dims.Clone();

        public long[] size() => shape;

        public long size(int dim) => dims[NormalizeDim(dim, dims.Length)];

        public long[] stride() => (long[])strides.Clone();

        public long stride(int dim) => strides[NormalizeDim(dim, dims.Length)];

        public long Dimensions => dims.Length;

        public long ndim => dims.Length;

        public long dim() => dims.Length;

        public long numel() => Layout.Count(dims);

        public long NumberOfElements => numel();

        public ScalarType dtype => storage.DType;

        public Device device => storage.Backend.Device;

        public DeviceType device_type => device.type;

        public bool is_floating_point() => torch.is_floating_point(dtype);

        public bool is_contiguous() => View.IsContiguous;

        public bool IsInvalid => disposed;

        internal string ShapeText => Layout.Format(dims);

        // ---- autograd state ----

        private Tensor? gradValue;
        private bool gradSeen;

        /// <summary>The gradient accumulated by backward() (null until then, and after zero_grad()).</summary>
        public Tensor? grad
        {
            get
            {
                gradSeen |= gradValue is not null;
                return gradValue;
            }
            set
            {
                gradValue = value;
                gradSeen = value is not null;
            }
        }

        /// <summary>The gradient as the kit's own code reads it (not counted as shown to user code).</summary>
        internal Tensor? GradInternal => gradValue;

        /// <summary>Stores a gradient that the autograd engine made and nothing else refers to.</summary>
        internal void SetGradFromEngine(Tensor g)
        {
            gradValue = g;
            gradSeen = false;
        }

        /// <summary>
        /// Clears the gradient (zero_grad with set_to_none). A gradient that user code never read is referred to only
        /// from here, so it is disposed and its memory is reused by the next backward.
        /// </summary>
        internal void DropGrad()
        {
            if (!gradSeen) gradValue?.Dispose();
            gradValue = null;
            gradSeen = false;
        }

        internal Node? grad_fn { get; set; }

        public bool is_leaf => grad_fn is null;

        public bool requires_grad
        {
            get => requiresGrad;
            set
            {
                if (!value && grad_fn is not null)
                    throw new InvalidOperationException(
                        "requires_grad can only be turned off on leaf tensors; use detach() to get a tensor outside the graph.");
                if (value && !is_floating_point())
                    throw new InvalidOperationException(
                        $"Only floating point tensors can require gradients; this one is {dtype.Name()}. Convert it with .to(float32) first.");
                requiresGrad = value;
            }
        }

        public Tensor requires_grad_(bool requires_grad = true)
        {
            this.requires_grad = requires_grad;
            return this;
        }

        /// <summary>The same data outside the autograd graph (shares storage).</summary>
        public Tensor detach() => new(storage, offset, dims, strides);

        public Tensor detach_()
        {
            grad_fn = null;
            requiresGrad = false;
            return this;
        }

        /// <summary>
        /// Computes the gradient of this tensor with respect to every leaf that requires one and adds it to
        /// their .grad. A non-scalar tensor needs the gradient of the final result with respect to it. With create_graph
        /// the gradients are themselves recorded (and the graph kept), so they can be differentiated again.
        /// </summary>
        public void backward(Tensor? gradient = null, bool retain_graph = false, bool create_graph = false)
        {
            if (!requires_grad)
                throw new InvalidOperationException(
                    $"backward(): this tensor {ShapeText} does not require a gradient and has no grad_fn. Did you compute it " +
                    "inside no_grad(), from tensors without requires_grad, or call detach()?");
            if (gradient is null)
            {
                if (numel() != 1)
                    throw new InvalidOperationException(
                        $"backward(): the gradient can be implied only for a scalar output, but this tensor is {ShapeText}. " +
                        "Reduce it first (for example loss.mean()) or pass the gradient: t.backward(gradient).");
                gradient = ones_like(this);
            }
            else if (!gradient.dims.AsSpan().SequenceEqual(dims))
            {
                throw new ArgumentException($"backward(): the gradient is {gradient.ShapeText} but the tensor is {ShapeText}.");
            }
            Engine.Backward(this, gradient, retain_graph || create_graph, create_graph);
        }

        /// <summary>Records this freshly computed tensor as the output of an op for autograd (when any input needs a gradient).</summary>
        internal Tensor WithGrad(string op, Tensor?[] inputs, Func<Tensor, Tensor?[]> backward, params Tensor[] saved)
        {
            if (!is_grad_enabled()) return this;
            bool any = false;
            var tracked = new Tensor?[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                if (inputs[i] is { requires_grad: true } t)
                {
                    tracked[i] = t;
                    any = true;
                }
            }
            if (!any) return this;
            grad_fn = new Node(op, tracked, saved, backward);
            requiresGrad = true;
            return this;
        }

        /// <summary>Marks the op that made this tensor as differentiable once only (its gradient function uses raw kernels).</summary>
        internal Tensor FirstOrderOnly()
        {
            if (grad_fn is { } node) node.FirstOrderOnly = true;
            return this;
        }

        /// <summary>
        /// Called before writing into this tensor in place outside the graph: refuses a leaf that requires grad while grad
        /// mode is on, and bumps the version so the nodes that saved this tensor catch the change.
        /// </summary>
        internal void MarkModified(string op, Tensor? source = null)
        {
            if (is_grad_enabled() && requires_grad && is_leaf)
                throw new InvalidOperationException(
                    $"{op}: a leaf tensor that requires grad {ShapeText} cannot be changed in place. Do it inside " +
                    "'using (torch.no_grad())' (as optimizers do), or use the out-of-place form.");
            if (RecordsInPlace(op, source))
                throw new InvalidOperationException($"Internal error: {op} writes into a tensor in the autograd graph without recording it.");
            storage.Version++;
        }

        /// <summary>Whether an in-place op on this tensor must be recorded by autograd (a gradient flows through it).</summary>
        internal bool RecordsInPlace(string op, Tensor? source)
        {
            if (!is_grad_enabled() || !(requires_grad || source is { requires_grad: true })) return false;
            if (requires_grad && is_leaf)
                throw new InvalidOperationException(
                    $"{op}: a leaf tensor that requires grad {ShapeText} cannot be changed in place. Do it inside " +
                    "'using (torch.no_grad())' (as optimizers do), or use the out-of-place form.");
            if (storage.ReferenceCount > 1)
                throw new InvalidOperationException(
                    $"{op}: this tensor {ShapeText} shares its memory with another tensor (a view or its base), and an in-place " +
                    "change recorded by autograd would not reach the other one. Use the out-of-place form (y = y.add(x) " +
                    "instead of y.add_(x)) or clone() the view first.");
            return true;
        }

        /// <summary>
        /// Records an in-place op: runs it out of place on a handle that keeps this tensor's value and place in the graph,
        /// then this tensor takes over the result (its memory and grad_fn). A node that saved this tensor sees that its
        /// memory changed under it and refuses to run backward, as PyTorch's version check does.
        /// </summary>
        internal Tensor RebaseOnto(string op, Func<Tensor, Tensor> compute)
        {
            var before = new Tensor(storage, offset, dims, strides) { grad_fn = grad_fn, requiresGrad = requiresGrad };
            before.DetachFromDisposeScope();
            var result = compute(before);
            if (!result.dims.AsSpan().SequenceEqual(dims))
                throw new ArgumentException($"{op}: the result {result.ShapeText} does not fit the tensor {ShapeText} being updated in place.");
            if (result.dtype != dtype) result = result.to_type(dtype);
            ReplaceData(result);
            grad_fn = result.grad_fn;
            requiresGrad = result.requires_grad;
            before.Dispose();
            if (!ReferenceEquals(result, this)) result.Dispose();
            return this;
        }

        /// <summary>
        /// Makes this tensor object refer to other data (storage, layout), keeping its identity: how a module
        /// moves its parameters to another device or dtype without breaking references held by optimizers.
        /// </summary>
        internal void ReplaceData(Tensor source)
        {
            var old = storage;
            source.storage.Retain();
            storageValue = source.storage;
            old.Release();
            offset = source.offset;
            dims = source.dims;
            strides = source.strides;
        }

        // ---- lifetime ----

        internal DisposeScope? OwningScope { get; set; }

        /// <summary>
        /// Frees this tensor now: it can no longer be used, and its memory is reused once no other tensor (view) and no
        /// autograd node that saved it refers to it. Its place in the graph stays, so backward still runs through it.
        /// </summary>
        public void Dispose()
        {
            if (disposed) return;
            OwningScope?.Forget(this);
            OwningScope = null;
            disposed = true;
            CountDisposed();
            storageValue.Release();
            GC.SuppressFinalize(this);
        }

        /// <summary>Keeps this tensor alive when the current dispose scope ends (it moves to the enclosing one, if any).</summary>
        public Tensor MoveToOuterDisposeScope()
        {
            var outer = OwningScope?.Outer;
            OwningScope?.Forget(this);
            OwningScope = null;
            outer?.Track(this);
            return this;
        }

        /// <summary>Takes this tensor out of every dispose scope: it lives until disposed or collected.</summary>
        public Tensor DetachFromDisposeScope()
        {
            OwningScope?.Forget(this);
            OwningScope = null;
            return this;
        }

        internal static Tensor Empty(long[] shape, ScalarType dtype, Device device)
        {
            var backend = BackendFor(device);
            return new Tensor(backend.Allocate(dtype, Layout.Count(shape)), 0, shape, Layout.ContiguousStrides(shape));
        }

        internal static int NormalizeDim(long dim, int rank, string op = "dim")
        {
            int r = Math.Max(rank, 1);
            if (dim < -r || dim >= r)
                throw new ArgumentOutOfRangeException(nameof(dim),
                    $"{op}: dimension {dim} is out of range for a tensor with {rank} dimension(s) (expected {-r} to {r - 1}).");
            return (int)(dim < 0 ? dim + r : dim);
        }
    }

    internal static IBackend BackendFor(Device device) => device.type switch
    {
        DeviceType.CPU => Backends.Cpu.CpuBackend.Instance,
        DeviceType.CUDA => Backends.Cuda.CudaBackend.For(Math.Max(device.index, 0)),
        _ => throw new NotSupportedException(
            $"Device '{device}' is not supported by this kit. Use torch.CPU, or torch.CUDA on an NVIDIA GPU " +
            "(check torch.cuda.is_available() before choosing it)."),
    };
}
