using AstroDL.Backends.Cuda.Kernels;

namespace AstroDL.Backends.Cuda;

/// <summary>The fused optimizer steps (see <see cref="OptimizerKernelSource"/>): one launch per parameter.</summary>
internal sealed partial class CudaBackend
{
    public void AdamStep(View param, View grad, View expAvg, View expAvgSq, View maxExpAvgSq, AdamScalars s)
    {
        var kernel = FloatingKernel("adam_step", param.Storage.DType, "Adam on a {0} parameter.");
        // The kernel reads every operand at the parameter's indices, so a shorter one would be read past its end.
        if (grad.Count != param.Count || expAvg.Count != param.Count || expAvgSq.Count != param.Count || (s.Amsgrad && maxExpAvgSq.Count != param.Count))
            throw new ArgumentException("AdamStep: the gradient and state must have the parameter's length.");
        if (param.Count == 0) return;
        LaunchPerElement(OptimizerKernelSource.Family, kernel, param.Count,
            KernelArguments.Start().Add(At(param)).Add(At(grad)).Add(At(expAvg)).Add(At(expAvgSq)).Add(s.Amsgrad ? At(maxExpAvgSq) : 0UL)
                .Add(param.Count).Add(s.LearningRate).Add(s.Beta1).Add(s.Beta2).Add(s.Eps).Add(s.WeightDecay)
                .Add(s.Decoupled ? 1 : 0).Add(s.Maximize ? 1 : 0).Add(s.Amsgrad ? 1 : 0).Add(s.StepSize).Add(s.BiasCorrection2));
    }

    public void SgdStep(View param, View grad, View momentumBuffer, SgdScalars s)
    {
        var kernel = FloatingKernel("sgd_step", param.Storage.DType, "SGD on a {0} parameter.");
        bool momentum = s.Momentum != 0;
        if (grad.Count != param.Count || (momentum && momentumBuffer.Count != param.Count))
            throw new ArgumentException("SgdStep: the gradient and momentum buffer must have the parameter's length.");
        if (param.Count == 0) return;
        LaunchPerElement(OptimizerKernelSource.Family, kernel, param.Count,
            KernelArguments.Start().Add(At(param)).Add(At(grad)).Add(momentum ? At(momentumBuffer) : 0UL).Add(param.Count)
                .Add(s.LearningRate).Add(s.Momentum).Add(s.Dampening).Add(s.WeightDecay)
                .Add(s.Nesterov ? 1 : 0).Add(s.Maximize ? 1 : 0).Add(s.FirstStep ? 1 : 0));
    }
}
