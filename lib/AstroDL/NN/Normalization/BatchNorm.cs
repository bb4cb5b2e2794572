using static AstroDL.torch;

namespace AstroDL.Modules;

/// <summary>
/// Batch normalization over the channels of its input (BatchNorm1d, BatchNorm2d): learnable per-channel weight and bias
/// (when affine), and running mean and variance buffers (when track_running_stats) that training updates and eval uses.
/// </summary>
public abstract class BatchNorm : nn.Module<Tensor, Tensor>
{
    private protected BatchNorm(string name, long num_features, double eps, double? momentum, bool affine, bool track_running_stats,
        Device? device, ScalarType? dtype)
        : base(name)
    {
        if (num_features <= 0)
            throw new ArgumentException($"{name}: num_features must be positive, got {num_features}.");
        this.num_features = num_features;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.track_running_stats = track_running_stats;
        var type = dtype ?? get_default_dtype();
        if (affine)
        {
            weight = new Parameter(empty([num_features], type, device));
            bias = new Parameter(empty([num_features], type, device));
            register_parameter(nameof(weight), weight);
            register_parameter(nameof(bias), bias);
        }
        if (track_running_stats)
        {
            running_mean = empty([num_features], type, device);
            running_var = empty([num_features], type, device);
            num_batches_tracked = zeros([], ScalarType.Int64, device);
            register_buffer(nameof(running_mean), running_mean);
            register_buffer(nameof(running_var), running_var);
            register_buffer(nameof(num_batches_tracked), num_batches_tracked);
        }
        reset_parameters();
    }

    public long num_features { get; }

    public double eps { get; set; }

    /// <summary>How far the running statistics move toward each batch's; null for a cumulative (equal-weight) average.</summary>
    public double? momentum { get; set; }

    public bool affine { get; }

    public bool track_running_stats { get; }

    /// <summary>The per-channel scale (null without affine).</summary>
    public Parameter? weight { get; }

    /// <summary>The per-channel shift (null without affine).</summary>
    public Parameter? bias { get; }

    /// <summary>The per-channel mean the layer normalizes by in eval mode (null without track_running_stats).</summary>
    public Tensor? running_mean { get; }

    /// <summary>The per-channel (unbiased) variance the layer normalizes by in eval mode (null without track_running_stats).</summary>
    public Tensor? running_var { get; }

    /// <summary>How many training batches the running statistics have seen (an int64 scalar).</summary>
    public Tensor? num_batches_tracked { get; }

    /// <summary>Running mean 0, running variance 1, no batches seen.</summary>
    public void reset_running_stats()
    {
        using var _ = no_grad();
        running_mean?.zero_();
        running_var?.fill_(1);
        num_batches_tracked?.zero_();
    }

    /// <summary>The running statistics reset, weight 1 and bias 0 (PyTorch's initial values).</summary>
    public void reset_parameters()
    {
        reset_running_stats();
        if (weight is not null) nn.init.ones_(weight);
        if (bias is not null) nn.init.zeros_(bias);
    }

    /// <summary>The input ranks this layer accepts, and how to name them in an error.</summary>
    private protected abstract (long[] ranks, string expected) AcceptedInput { get; }

    public override Tensor forward(Tensor input)
    {
        var (ranks, expected) = AcceptedInput;
        if (!ranks.Contains(input.dim()) || input.shape[1] != num_features)
            throw new ArgumentException($"{this}: expects {expected} input with C = {num_features}, got {input.ShapeText}.");
        double factor = momentum ?? 0;
        if (training && num_batches_tracked is not null)
        {
            using (no_grad()) num_batches_tracked.add_(1);
            factor = momentum ?? 1.0 / num_batches_tracked.item<long>();
        }
        // Batch statistics in training, and also in eval when no running statistics are kept.
        bool useBatchStatistics = training || running_mean is null;
        return nn.functional.batch_norm(input, running_mean, running_var, weight, bias, useBatchStatistics, factor, eps);
    }

    public override string extra_repr() =>
        $"{num_features}, eps={Repr.Float(eps)}, momentum={(momentum is { } m ? Repr.Float(m) : "None")}, " +
        $"affine={Repr.Bool(affine)}, track_running_stats={Repr.Bool(track_running_stats)}";
}
