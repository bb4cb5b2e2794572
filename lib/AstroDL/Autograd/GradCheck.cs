using System.Globalization;

namespace AstroDL;

public static partial class torch
{
    public static partial class autograd
    {
        /// <summary>Thrown by <see cref="gradcheck"/> when an analytic gradient disagrees with the numeric one.</summary>
        public sealed class GradcheckError(string message) : Exception(message);

        /// <summary>
        /// Checks the gradients of <paramref name="fn"/> against central differences: the analytic gradient of
        /// sum(fn(x)·w), for a fixed random w, must match (f(x+eps) − f(x−eps)) / 2eps for every element of every
        /// input within atol + rtol·|numeric|. Inputs must be float64 tensors that require grad; they are
        /// perturbed in place and restored, and their .grad is left as it was. Returns true or throws
        /// <see cref="GradcheckError"/> naming the input, the element and both values.
        /// </summary>
        public static bool gradcheck(Func<Tensor[], Tensor> fn, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                if (inputs[i].dtype != ScalarType.Float64 || !inputs[i].requires_grad)
                    throw new ArgumentException(
                        $"gradcheck: input {i} must be a float64 tensor with requires_grad (got {inputs[i].dtype.Name()}, " +
                        $"requires_grad={inputs[i].requires_grad}); single precision is too coarse for central differences.");
            }

            var output = fn(inputs);
            if (output.dtype != ScalarType.Float64)
                throw new ArgumentException($"gradcheck: the function must return a float64 tensor, got {output.dtype.Name()}.");
            // A fixed random weighting checks every output element's gradient at once, not just their sum.
            var weights = rand(output.dims, ScalarType.Float64, output.device, generator: new Generator(20240229)).add(0.5);
            var analytic = AnalyticGradients(output, weights, inputs);

            double Loss()
            {
                using var _ = no_grad();
                return fn(inputs).mul(weights).sum().ToDouble();
            }

            for (int i = 0; i < inputs.Length; i++)
            {
                var x = inputs[i];
                var expected = analytic[i];
                var index = new long[x.dims.Length];
                for (long flat = 0; flat < x.numel(); flat++)
                {
                    Unravel(flat, x.dims, index);
                    long at = x.offset;
                    for (int d = 0; d < index.Length; d++) at += index[d] * x.strides[d];
                    var element = new Tensor(x.storage, at, [], []).DetachFromDisposeScope();
                    double original = element.ToDouble();
                    double numeric;
                    using (no_grad())
                    {
                        element.fill_(original + eps);
                        double plus = Loss();
                        element.fill_(original - eps);
                        double minus = Loss();
                        element.fill_(original);
                        numeric = (plus - minus) / (2 * eps);
                    }
                    double value = expected[flat];
                    if (!(Math.Abs(value - numeric) <= atol + rtol * Math.Abs(numeric)))
                    {
                        throw new GradcheckError(string.Create(CultureInfo.InvariantCulture,
                            $"gradcheck: the gradient of input {i} {x.ShapeText} at element {FormatIndex(index)} (flat index {flat}) " +
                            $"is {value:R} analytically but {numeric:R} numerically (atol {atol}, rtol {rtol})."));
                    }
                }
            }
            return true;
        }

        /// <summary>
        /// Checks second derivatives (the double backward that create_graph records): runs <see cref="gradcheck"/> on
        /// x ↦ Σᵢ ⟨∂ sum(fn(x)·w) / ∂xᵢ, vᵢ⟩ for fixed random w and vᵢ, whose analytic gradient differentiates the
        /// result of autograd.grad(create_graph: true) and whose numeric one differences first derivatives.
        /// </summary>
        public static bool gradgradcheck(Func<Tensor[], Tensor> fn, Tensor[] inputs, double eps = 1e-6, double atol = 1e-5, double rtol = 1e-3)
        {
            var directions = new Tensor[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
                directions[i] = rand(inputs[i].dims, ScalarType.Float64, inputs[i].device, generator: new Generator(20240301 + (ulong)i)).add(0.5);
            Tensor? weights = null;
            Tensor DirectionalDerivative(Tensor[] xs)
            {
                // gradcheck evaluates it under no_grad too; the first derivative needs a graph either way.
                using var _ = enable_grad();
                var output = fn(xs);
                weights ??= rand(output.dims, ScalarType.Float64, output.device, generator: new Generator(20240229)).add(0.5);
                var first = grad([output.mul(weights).sum()], xs, create_graph: true, allow_unused: true);
                var total = zeros([], ScalarType.Float64, output.device);
                for (int i = 0; i < xs.Length; i++) total = total.add(first[i].mul(directions[i]).sum());
                return total;
            }
            return gradcheck(DirectionalDerivative, inputs, eps, atol, rtol);
        }

        /// <summary>d sum(output·w) / d input for each input (zeros where the output does not depend on it), restoring .grad.</summary>
        private static double[][] AnalyticGradients(Tensor output, Tensor weights, Tensor[] inputs)
        {
            var saved = inputs.Select(x => x.grad).ToArray();
            foreach (var x in inputs) x.grad = null;
            try
            {
                var loss = output.mul(weights).sum();
                if (loss.requires_grad) loss.backward();
                return inputs.Select(x => x.grad is { } g ? g.data<double>().ToArray() : new double[x.numel()]).ToArray();
            }
            finally
            {
                for (int i = 0; i < inputs.Length; i++) inputs[i].grad = saved[i];
            }
        }

        private static void Unravel(long flat, long[] shape, long[] index)
        {
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                index[d] = flat % shape[d];
                flat /= shape[d];
            }
        }

        private static string FormatIndex(long[] index) => "[" + string.Join(", ", index) + "]";
    }
}
