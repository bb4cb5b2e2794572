namespace AstroDL.Backends;

/// <summary>
/// The hyperparameters of one fused Adam/AdamW step. Per element, in PyTorch's order (torch.optim.Adam,
/// single-tensor form): g ← ±grad; AdamW: θ ← θ·(1 − lr·wd), Adam: g ← g + wd·θ; m ← β₁m + (1−β₁)g;
/// v ← β₂v + (1−β₂)g²; amsgrad: v̂ ← max(v̂, v), else v̂ = v; θ ← θ − lr/(1−β₁ᵗ) · m / (√v̂ / √(1−β₂ᵗ) + ε).
/// </summary>
internal readonly record struct AdamScalars(
    double LearningRate, double Beta1, double Beta2, double Eps, double WeightDecay, bool Decoupled, bool Maximize, bool Amsgrad, long Step)
{
    /// <summary>−lr/(1−β₁ᵗ), computed once per step in double (every backend rounds it from here, so they agree).</summary>
    public double StepSize => -LearningRate / (1 - Math.Pow(Beta1, Step));

    /// <summary>√(1−β₂ᵗ), computed once per step in double.</summary>
    public double BiasCorrection2 => Math.Sqrt(1 - Math.Pow(Beta2, Step));
}

/// <summary>
/// The hyperparameters of one fused SGD step. Per element (torch.optim.SGD): g ← ±grad + wd·θ; with momentum μ:
/// b ← g on the first step, else μb + (1−τ)g, and g ← g + μb (Nesterov) or b; then θ ← θ − lr·g.
/// </summary>
internal readonly record struct SgdScalars(
    double LearningRate, double Momentum, double Dampening, double WeightDecay, bool Nesterov, bool Maximize, bool FirstStep);
