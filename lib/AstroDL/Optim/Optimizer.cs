using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class optim
    {
        /// <summary>
        /// The base of every optimizer: holds the parameter groups and the per-parameter state, and runs the
        /// update of each parameter that has a gradient under no_grad. An optimizer only writes
        /// <see cref="Update"/>, the rule for one parameter.
        /// </summary>
        public abstract class Optimizer : IDisposable
        {
            private readonly List<ParamGroup> groups;
            private readonly Dictionary<Parameter, ParamState> states = new(ReferenceEqualityComparer.Instance);

            protected Optimizer(IEnumerable<Parameter> parameters, OptimizerOptions defaults)
            {
                ArgumentNullException.ThrowIfNull(parameters);
                var list = parameters.ToList();
                if (list.Count == 0) throw new ArgumentException($"{Name}: optimizer got an empty parameter list.", nameof(parameters));
                if (list.Distinct(ReferenceEqualityComparer.Instance).Count() != list.Count)
                    throw new ArgumentException($"{Name}: a parameter appears more than once in the parameter list; it would be updated twice per step.", nameof(parameters));
                groups = [new ParamGroup(list, defaults)];
            }

            private string Name => GetType().Name;

            public IReadOnlyList<ParamGroup> ParamGroups => groups;

            /// <summary>PyTorch's spelling of <see cref="ParamGroups"/>.</summary>
            public IReadOnlyList<ParamGroup> param_groups => groups;

            public IEnumerable<Parameter> parameters() => groups.SelectMany(g => g.Parameters);

            /// <summary>Throws a clear error for an invalid hyperparameter (PyTorch checks the same in its constructors).</summary>
            protected void Check(bool valid, string what, double value, string rule)
            {
                if (!valid) throw new ArgumentException($"{Name}: invalid {what} {value} (it must be {rule}).");
            }

            /// <summary>Clears the gradients: to null by default (PyTorch 2), else filled with zeros.</summary>
            public void zero_grad(bool set_to_none = true)
            {
                foreach (var p in parameters())
                {
                    if (set_to_none) p.DropGrad();
                    else p.GradInternal?.zero_();
                }
            }

            /// <summary>
            /// Updates every parameter that has a gradient (others are skipped, as in PyTorch). The closure, when
            /// given, re-evaluates the model and returns the loss, which step returns.
            /// </summary>
            public Tensor? step(Func<Tensor>? closure = null)
            {
                Tensor? loss = null;
                if (closure is not null)
                {
                    using (enable_grad()) loss = closure();
                }
                using (no_grad())
                {
                    foreach (var group in groups)
                    {
                        foreach (var p in group.Parameters)
                        {
                            if (p.GradInternal is not { } grad) continue;
                            if (!states.TryGetValue(p, out var s)) states[p] = s = new ParamState();
                            s.step++;
                            Update(p, grad, s, group.Options);
                        }
                    }
                }
                return loss;
            }

            /// <summary>Applies one step of the update rule to one parameter; runs under no_grad with state.step already counting this step.</summary>
            protected abstract void Update(Parameter param, Tensor grad, ParamState state, OptimizerOptions options);

            /// <summary>The state of each parameter that has taken a step (PyTorch's optimizer.state).</summary>
            public IReadOnlyDictionary<Parameter, ParamState> state => states;

            /// <summary>
            /// The hyperparameters of each group and the state of each parameter, keyed by the parameter's
            /// position in parameters() (PyTorch's layout). The tensors are the optimizer's own, not copies.
            /// </summary>
            public StateDictionary state_dict()
            {
                var all = parameters().ToList();
                var index = 0;
                var groupStates = groups.Select(g => new ParamGroupState(g.Options.Clone(), g.Parameters.Select(_ => index++).ToArray())).ToList();
                var saved = new Dictionary<int, ParamState>();
                for (int i = 0; i < all.Count; i++)
                {
                    if (states.TryGetValue(all[i], out var s)) saved[i] = s;
                }
                return new StateDictionary(groupStates, saved);
            }

            /// <summary>Restores hyperparameters and state saved by state_dict() from an optimizer of the same type over the same parameter shapes.</summary>
            public void load_state_dict(StateDictionary source)
            {
                ArgumentNullException.ThrowIfNull(source);
                var all = parameters().ToList();
                if (source.param_groups.Count != groups.Count
                    || source.param_groups.Zip(groups).Any(e => e.First.@params.Count != e.Second.Parameters.Count))
                    throw new ArgumentException($"{Name}.load_state_dict: the saved parameter groups do not match this optimizer's groups in number or size.");
                if (source.param_groups.FirstOrDefault(g => g.options.GetType() != groups[0].Options.GetType()) is { } other)
                    throw new ArgumentException($"{Name}.load_state_dict: the state was saved from a {other.options.GetType().DeclaringType?.Name} optimizer.");
                foreach (var (i, s) in source.state)
                {
                    if (i < 0 || i >= all.Count)
                        throw new ArgumentException($"{Name}.load_state_dict: state for parameter {i}, but the optimizer has {all.Count} parameters.");
                    if (s.Tensors.FirstOrDefault(t => !t.Value.shape.SequenceEqual(all[i].shape)) is { Value: { } bad } entry)
                        throw new ArgumentException($"{Name}.load_state_dict: '{entry.Key}' of parameter {i} is {bad.ShapeText} but the parameter is {all[i].ShapeText}.");
                }

                // Copy before freeing the old state: the source may be this optimizer's own state_dict().
                var loaded = source.state.ToDictionary(e => all[e.Key], e => e.Value.CopyFor(all[e.Key]));
                ClearState();
                foreach (var (p, s) in loaded) states[p] = s;
                for (int g = 0; g < groups.Count; g++) groups[g] = new ParamGroup(groups[g].Parameters, source.param_groups[g].options.Clone());
            }

            private void ClearState()
            {
                foreach (var s in states.Values) s.Dispose();
                states.Clear();
            }

            /// <summary>Frees the state tensors.</summary>
            public void Dispose()
            {
                ClearState();
                GC.SuppressFinalize(this);
            }

            public override string ToString() => Name;

            /// <summary>One saved parameter group: its hyperparameters and the positions of its parameters.</summary>
            public sealed record ParamGroupState(OptimizerOptions options, IReadOnlyList<int> @params);

            /// <summary>What state_dict() returns: PyTorch's {"param_groups", "state"}.</summary>
            public sealed record StateDictionary(IReadOnlyList<ParamGroupState> param_groups, IReadOnlyDictionary<int, ParamState> state);
        }
    }
}
