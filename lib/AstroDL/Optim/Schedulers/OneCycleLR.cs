using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            public static partial class impl
            {
                /// <summary>
                /// The one-cycle policy (torch.optim.lr_scheduler.OneCycleLR), stepped once per batch: the rate climbs from
                /// max_lr / div_factor to max_lr over the first pct_start of the steps, then anneals to
                /// max_lr / div_factor / final_div_factor, while the momentum (SGD's and RMSprop's momentum, Adam's
                /// beta1) moves the opposite way between max_momentum and base_momentum. With three_phase the rate comes
                /// back down to its start symmetrically before the final annealing. Each step's values come from the
                /// step count alone, as in PyTorch, which refuses a step past total_steps.
                /// </summary>
                public sealed class OneCycleLR : LRScheduler
                {
                    /// <summary>How each phase moves between its two values: half a cosine, or a straight line.</summary>
                    public enum AnnealStrategy
                    {
                        Cos,
                        Linear,
                    }

                    private readonly record struct Phase(double EndStep, double StartLr, double EndLr, double StartMomentum, double EndMomentum);

                    private readonly int totalSteps;
                    private readonly Phase[] phases;
                    private readonly AnnealStrategy strategy;
                    private readonly bool cycleMomentum;

                    internal OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps, double pctStart, AnnealStrategy strategy, bool cycleMomentum,
                        double baseMomentum, double maxMomentum, double divFactor, double finalDivFactor, bool threePhase)
                        : base(optimizer)
                    {
                        if (!(pctStart is >= 0 and <= 1))
                            throw new ArgumentException($"OneCycleLR: pct_start must be between 0 and 1, got {pctStart}.");
                        if (!(maxLr > 0) || !(divFactor > 0) || !(finalDivFactor > 0))
                            throw new ArgumentException(
                                $"OneCycleLR: max_lr ({maxLr}), div_factor ({divFactor}) and final_div_factor ({finalDivFactor}) must be positive.");
                        if (cycleMomentum && optimizer.ParamGroups.Any(g => !HasMomentum(g.Options)))
                            throw new ArgumentException(
                                $"OneCycleLR: cycle_momentum needs an optimizer with a momentum (SGD, RMSprop) or betas (Adam, AdamW); " +
                                $"{optimizer.GetType().Name} has neither. Pass cycle_momentum: false.");
                        this.totalSteps = totalSteps;
                        this.strategy = strategy;
                        this.cycleMomentum = cycleMomentum;
                        double initialLr = maxLr / divFactor, minLr = initialLr / finalDivFactor, rise = pctStart * totalSteps;
                        phases = threePhase
                            ?
                            [
                                new(rise - 1, initialLr, maxLr, maxMomentum, baseMomentum),
                                new(2 * rise - 2, maxLr, initialLr, baseMomentum, maxMomentum),
                                new(totalSteps - 1, initialLr, minLr, maxMomentum, maxMomentum),
                            ]
                            :
                            [
                                new(rise - 1, initialLr, maxLr, maxMomentum, baseMomentum),
                                new(totalSteps - 1, maxLr, minLr, baseMomentum, maxMomentum),
                            ];
                        StartAt(initialLr);
                    }

                    protected override double NextLearningRate(double lr, double initialLr)
                    {
                        if (last_epoch > totalSteps)
                            throw new InvalidOperationException(
                                $"OneCycleLR: tried to step {last_epoch} times, but the schedule has {totalSteps} steps " +
                                "(total_steps, or epochs x steps_per_epoch). Make the schedule as long as the training.");
                        return Values(last_epoch).Lr;
                    }

                    protected override void OnStep(ParamGroup group)
                    {
                        if (!cycleMomentum) return;
                        double momentum = Values(last_epoch).Momentum;
                        switch (group.Options)
                        {
                            case Modules.Adam.Options adam: adam.beta1 = momentum; break;
                            case Modules.SGD.Options sgd: sgd.momentum = momentum; break;
                            case Modules.RMSProp.Options rms: rms.momentum = momentum; break;
                        }
                    }

                    private static bool HasMomentum(OptimizerOptions options) => options is Modules.Adam.Options or Modules.SGD.Options or Modules.RMSProp.Options;

                    /// <summary>The rate and momentum after step steps: along the phase that step falls in (the last one beyond its end).</summary>
                    private (double Lr, double Momentum) Values(int step)
                    {
                        double start = 0;
                        for (int i = 0; i < phases.Length; i++)
                        {
                            var phase = phases[i];
                            if (step <= phase.EndStep || i == phases.Length - 1)
                            {
                                double pct = (step - start) / (phase.EndStep - start);
                                return (Anneal(phase.StartLr, phase.EndLr, pct), Anneal(phase.StartMomentum, phase.EndMomentum, pct));
                            }
                            start = phase.EndStep;
                        }
                        throw new InvalidOperationException("OneCycleLR has no phases.");
                    }

                    private double Anneal(double from, double to, double pct) => strategy == AnnealStrategy.Cos
                        ? to + (from - to) / 2 * (Math.Cos(Math.PI * pct) + 1)
                        : (to - from) * pct + from;
                }
            }

            /// <summary>
            /// The one-cycle schedule over total_steps batches, or epochs x steps_per_epoch; call step() after every
            /// optimizer step. See <see cref="impl.OneCycleLR"/>.
            /// </summary>
            public static LRScheduler OneCycleLR(Optimizer optimizer, double max_lr, int total_steps = -1, int epochs = -1, int steps_per_epoch = -1,
                double pct_start = 0.3, impl.OneCycleLR.AnnealStrategy anneal_strategy = impl.OneCycleLR.AnnealStrategy.Cos, bool cycle_momentum = true,
                double base_momentum = 0.85, double max_momentum = 0.95, double div_factor = 25, double final_div_factor = 1e4, bool three_phase = false)
            {
                int steps = total_steps > 0
                    ? total_steps
                    : epochs > 0 && steps_per_epoch > 0
                        ? epochs * steps_per_epoch
                        : throw new ArgumentException(
                            $"OneCycleLR: give total_steps (got {total_steps}), or epochs and steps_per_epoch (got {epochs} and {steps_per_epoch}), all positive.");
                return new impl.OneCycleLR(optimizer, max_lr, steps, pct_start, anneal_strategy, cycle_momentum, base_momentum, max_momentum, div_factor,
                    final_div_factor, three_phase);
            }
        }
    }
}
