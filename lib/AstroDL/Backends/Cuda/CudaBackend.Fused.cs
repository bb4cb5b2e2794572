using AstroDL.Backends.Cpu;

namespace AstroDL.Backends.Cuda;

/// <summary>
/// The fused optimizer steps and softmax cross-entropy, for now through the host: the views come down, the CPU
/// backend's kernel runs on them, and the outputs go back. Correct on any GPU but slow; each wants a CUDA kernel of
/// its own (one pass over the elements, as on the CPU).
/// </summary>
internal sealed partial class CudaBackend
{
    public void AdamStep(View param, View grad, View expAvg, View expAvgSq, View maxExpAvgSq, AdamScalars s) =>
        OnHost([param, grad, expAvg, expAvgSq, maxExpAvgSq], written: [0, 2, 3, 4],
            v => CpuBackend.Instance.AdamStep(v[0], v[1], v[2], v[3], v[4], s));

    public void SgdStep(View param, View grad, View momentumBuffer, SgdScalars s) =>
        OnHost([param, grad, momentumBuffer], written: [0, 2], v => CpuBackend.Instance.SgdStep(v[0], v[1], v[2], s));

    public void CrossEntropy(View logits, View target, long ignoreIndex, bool mean, View loss, View gradient) =>
        OnHost([logits, target, loss, gradient], written: [2, 3], v => CpuBackend.Instance.CrossEntropy(v[0], v[1], ignoreIndex, mean, v[2], v[3]));

    /// <summary>Runs a CPU kernel on host copies of the views (default views stay default) and copies the written ones back.</summary>
    private void OnHost(View[] views, int[] written, Action<View[]> kernel)
    {
        var host = new View[views.Length];
        for (int i = 0; i < views.Length; i++)
        {
            if (views[i].Storage is not { } storage) continue;
            var array = CpuStorage.NewArray(storage.DType, views[i].Count);
            ToHost(views[i], array);
            host[i] = new View(new CpuStorage(array, storage.DType), 0, views[i].Shape, Layout.ContiguousStrides(views[i].Shape));
        }
        kernel(host);
        foreach (int i in written)
        {
            if (views[i].Storage is null) continue;
            var back = (CudaStorage)FromHost(((CpuStorage)host[i].Storage).Data);
            try
            {
                Copy(new View(back, 0, views[i].Shape, Layout.ContiguousStrides(views[i].Shape)), views[i]);
            }
            finally
            {
                back.Free();
            }
        }
    }
}
