namespace AstroDL.Backends.Cuda.Kernels;

/// <summary>
/// The fused optimizer steps: one thread per parameter element reads and writes it and its state once, with the CPU's
/// operations in the CPU's order. The constants that need pow come from the host (<see cref="AdamScalars"/>); the
/// others are formed here in double and rounded to the element type, as the CPU forms them; so results match the CPU's.
/// </summary>
internal static class OptimizerKernelSource
{
    private const string Templates = """
        // maxExpAvgSq is read only with amsgrad (null otherwise).
        template <typename T>
        __device__ void adam_step(T* param, const T* grad, T* expAvg, T* expAvgSq, T* maxExpAvgSq, long long n, double learningRate,
                                  double beta1, double beta2, double eps, double weightDecay, int decoupled, int maximize, int amsgrad,
                                  double stepSize, double correction2) {
            T b1 = (T)beta1, b2 = (T)beta2, oneMinusBeta1 = (T)(1 - beta1), oneMinusBeta2 = (T)(1 - beta2);
            T decay = (T)weightDecay, shrink = (T)(1 - learningRate * weightDecay), epsilon = (T)eps;
            T sign = maximize ? (T)-1 : (T)1, step = (T)stepSize, correction = (T)correction2;
            bool l2 = !decoupled && weightDecay != 0, shrinks = decoupled && weightDecay != 0;
            FOR_EACH(i, n) {
                T p = param[i], g = grad[i] * sign;
                if (shrinks) p *= shrink;
                if (l2) g += decay * p;
                T m = expAvg[i] * b1 + oneMinusBeta1 * g;
                T v = expAvgSq[i] * b2 + oneMinusBeta2 * (g * g);
                expAvg[i] = m;
                expAvgSq[i] = v;
                if (amsgrad) maxExpAvgSq[i] = v = max_with_nan(maxExpAvgSq[i], v);
                param[i] = p + step * (m / (sqrt(v) / correction + epsilon));
            }
        }

        // momentumBuffer is used only with a momentum (null otherwise); on the first step it starts as the gradient.
        template <typename T>
        __device__ void sgd_step(T* param, const T* grad, T* momentumBuffer, long long n, double learningRate, double momentum,
                                 double dampening, double weightDecay, int nesterov, int maximize, int firstStep) {
            T sign = maximize ? (T)-1 : (T)1, decay = (T)weightDecay, mu = (T)momentum, keep = (T)(1 - dampening), step = (T)(-learningRate);
            bool l2 = weightDecay != 0, withMomentum = momentum != 0;
            FOR_EACH(i, n) {
                T d = grad[i] * sign;
                if (l2) d += decay * param[i];
                if (withMomentum) {
                    T b = firstStep ? d : momentumBuffer[i] * mu + keep * d;
                    momentumBuffer[i] = b;
                    d = nesterov ? d + mu * b : b;
                }
                param[i] += step * d;
            }
        }
        """;

    public static readonly KernelFamily Family = new("optimizer", Templates,
        KernelEntryPoint.ForEach("adam_step",
            "T* param, const T* grad, T* expAvg, T* expAvgSq, T* maxExpAvgSq, long long n, double learningRate, double beta1, double beta2, " +
            "double eps, double weightDecay, int decoupled, int maximize, int amsgrad, double stepSize, double correction2",
            KernelTypes.Floating),
        KernelEntryPoint.ForEach("sgd_step",
            "T* param, const T* grad, T* momentumBuffer, long long n, double learningRate, double momentum, double dampening, " +
            "double weightDecay, int nesterov, int maximize, int firstStep",
            KernelTypes.Floating));
}
