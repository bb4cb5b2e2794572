using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Instance normalization (InstanceNorm1d, InstanceNorm2d): every channel of every sample to zero mean and unit variance
    /// over its spatial positions, then an optional per-channel weight and bias (affine). With track_running_stats, training
    /// also keeps running statistics, which eval then uses.
    /// </summary>
    public abstract class InstanceNorm : nn.Module<Tensor, Tensor>
    {
        private readonly int spatial;

        private protected InstanceNorm(string name, int spatial, long num_features, double eps, double momentum, bool affine, bool track_running_stats,
            Device? device, ScalarType? dtype)
            : base(name)
        {
            if (num_features <= 0)
                throw new ArgumentException($"{name}: num_features must be positive, got {num_features}.");
            this.spatial = spatial;
            this.num_features = num_features;
            this.eps = eps;
            this.momentum = momentum;
            this.affine = affine;
            this.track_running_stats = track_running_stats;
            var type = dtype ?? get_default_dtype();
            if (affine)
            {
                weight = new Parameter(ones([num_features], type, device));
                bias = new Parameter(zeros([num_features], type, device));
                register_parameter(nameof(weight), weight);
                register_parameter(nameof(bias), bias);
            }
            if (track_running_stats)
            {
                running_mean = zeros([num_features], type, device);
                running_var = ones([num_features], type, device);
                register_buffer(nameof(running_mean), running_mean);
                register_buffer(nameof(running_var), running_var);
            }
        }

        public long num_features { get; }

        public double eps { get; set; }

        public double momentum { get; set; }

        public bool affine { get; }

        public bool track_running_stats { get; }

        public Parameter? weight { get; }

        public Parameter? bias { get; }

        public Tensor? running_mean { get; }

        public Tensor? running_var { get; }

        public override Tensor forward(Tensor input)
        {
            if (input.dim() != spatial + 1 && input.dim() != spatial + 2)
                throw new ArgumentException($"{GetName()}: expects [N, C, ...] or [C, ...] with {spatial} spatial dimensions, got {input.ShapeText}.");
            bool unbatched = input.dim() == spatial + 1;
            var x = unbatched ? input.unsqueeze(0) : input;
            if (x.shape[1] != num_features)
                throw new ArgumentException($"{GetName()}: the input {input.ShapeText} has {x.shape[1]} channels, expected num_features = {num_features}.");
            var y = nn.functional.instance_norm(x, running_mean, running_var, weight, bias, training || !track_running_stats, momentum, eps);
            return unbatched ? y.squeeze(0) : y;
        }

        public override string extra_repr() =>
            $"{num_features}, eps={Repr.Float(eps)}, momentum={Repr.Float(momentum)}, affine={Repr.Bool(affine)}, " +
            $"track_running_stats={Repr.Bool(track_running_stats)}";
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static partial class functional
            {
                /// <summary>
                /// Normalizes each (sample, channel) of [N, C, ...] over its spatial positions (biased variance). With
                /// use_input_stats the running statistics, when given, move toward the batch average of the instance
                /// statistics (the variance unbiased); without, the running statistics normalize.
                /// </summary>
                public static Tensor instance_norm(Tensor input, Tensor? running_mean = null, Tensor? running_var = null, Tensor? weight = null,
                    Tensor? bias = null, bool use_input_stats = true, double momentum = 0.1, double eps = 1e-05)
                {
                    if (input.dim() < 3)
                        throw new ArgumentException($"instance_norm: the input {input.ShapeText} must be [N, C, ...] with at least one spatial dimension.");
                    var perChannel = ChannelShape(input);
                    Tensor normalized;
                    if (use_input_stats)
                    {
                        var instances = input.reshape(input.shape[0], input.shape[1], -1);
                        long count = instances.shape[2];
                        normalized = StandardizeLast(instances, eps).view(input.shape);
                        if (running_mean is not null || running_var is not null)
                        {
                            using var _ = no_grad();
                            var mean = instances.mean([-1]);
                            running_mean?.mul_(1 - momentum).add_(mean.mean([0]).mul(momentum));
                            var unbiased = instances.sub(mean.unsqueeze(-1)).square().sum([-1]).div(Math.Max(count - 1, 1));
                            running_var?.mul_(1 - momentum).add_(unbiased.mean([0]).mul(momentum));
                        }
                    }
                    else
                    {
                        if (running_mean is null || running_var is null)
                            throw new ArgumentException("instance_norm: without use_input_stats the running mean and variance are needed.");
                        normalized = input.sub(running_mean.view(perChannel)).mul(running_var.view(perChannel).add(eps).rsqrt());
                    }
                    return Affine(normalized, weight?.view(perChannel), bias?.view(perChannel));
                }
            }
        }
    }
}
