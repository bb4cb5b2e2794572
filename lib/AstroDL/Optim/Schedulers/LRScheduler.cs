using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        public static partial class lr_scheduler
        {
            /// <summary>
            /// The base of the learning-rate schedulers. Like PyTorch's, each step computes the new rate from the
            /// group's current one (chainable form), so schedulers can be stacked and the rate set by hand.
            /// </summary>
            public abstract class LRScheduler
            {
                private readonly Optimizer optimizer;
                private double[] baseLrs;
                private double[] lastLrs;

                protected LRScheduler(Optimizer optimizer)
                {
                    ArgumentNullException.ThrowIfNull(optimizer);
                    this.optimizer = optimizer;
                    // PyTorch's group.setdefault('initial_lr', lr): a second scheduler shares the first one's base rate.
                    foreach (var g in optimizer.ParamGroups) g.InitialLearningRate ??= g.LearningRate;
                    baseLrs = optimizer.ParamGroups.Select(g => g.InitialLearningRate!.Value).ToArray();
                    lastLrs = optimizer.ParamGroups.Select(g => g.LearningRate).ToArray();
                }

                /// <summary>How many times step() was called (PyTorch's counter; 0 after construction).</summary>
                public int last_epoch { get; private set; }

                /// <summary>Advances the schedule by one epoch and writes the new rate into every parameter group.</summary>
                public void step()
                {
                    last_epoch++;
                    var groups = optimizer.ParamGroups;
                    for (int i = 0; i < groups.Count; i++)
                    {
                        groups[i].LearningRate = NextLearningRate(groups[i].LearningRate, baseLrs[i]);
                        OnStep(groups[i]);
                    }
                    lastLrs = groups.Select(g => g.LearningRate).ToArray();
                }

                /// <summary>For a schedule that also sets other hyperparameters of a group (OneCycleLR's momentum), after its rate.</summary>
                protected virtual void OnStep(ParamGroup group)
                {
                }

                /// <summary>For a schedule that starts every group at a rate of its own choosing (OneCycleLR), in place of the group's rate.</summary>
                protected void StartAt(double lr)
                {
                    foreach (var g in optimizer.ParamGroups)
                    {
                        g.LearningRate = lr;
                        g.InitialLearningRate = lr;
                        OnStep(g);
                    }
                    baseLrs = optimizer.ParamGroups.Select(g => lr).ToArray();
                    lastLrs = optimizer.ParamGroups.Select(g => lr).ToArray();
                }

                protected IReadOnlyList<ParamGroup> ParamGroups => optimizer.ParamGroups;

                /// <summary>The rate of each group as set by the last step (or at construction).</summary>
                public IReadOnlyList<double> get_last_lr() => lastLrs;

                /// <summary>The group's rate for epoch <see cref="last_epoch"/> (≥ 1), from its current rate and its initial rate.</summary>
                protected abstract double NextLearningRate(double lr, double initialLr);
            }
        }
    }
}
