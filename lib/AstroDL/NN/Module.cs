using System.Reflection;
using AstroDL.Modules;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>
        /// The base of every layer and model: owns parameters, buffers (state that is saved but not trained,
        /// such as running statistics) and submodules, each under a name, in registration order.
        /// </summary>
        public abstract partial class Module : IDisposable
        {
            private readonly List<(string name, Module module)> submodules = [];
            private readonly List<(string name, Parameter? parameter)> parameterSlots = [];
            private readonly List<(string name, Tensor? buffer)> bufferSlots = [];
            private readonly string name;

            protected Module(string name) => this.name = name;

            public string GetName() => name;

            /// <summary>True in training mode (dropout active, batch statistics used); see train() and eval().</summary>
            public bool training { get; private set; } = true;

            /// <summary>
            /// Registers the fields of this class that hold modules, parameters or tensors (as buffers), under
            /// the field names. Call it at the end of a custom module's constructor.
            /// </summary>
            protected void RegisterComponents()
            {
                for (var type = GetType(); type is not null && type != typeof(Module); type = type.BaseType)
                {
                    foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))) continue;
                        var fieldName = field.Name;
                        switch (field.GetValue(this))
                        {
                            case Module m when !submodules.Any(e => e.name == fieldName):
                                register_module(fieldName, m);
                                break;
                            case AstroDL.Modules.Parameter p when !parameterSlots.Any(e => e.name == fieldName):
                                register_parameter(fieldName, p);
                                break;
                            case Tensor t when t is not AstroDL.Modules.Parameter && !bufferSlots.Any(e => e.name == fieldName):
                                register_buffer(fieldName, t);
                                break;
                        }
                    }
                }
            }

            public void register_module(string name, Module module)
            {
                CheckName(name);
                submodules.RemoveAll(e => e.name == name);
                submodules.Add((name, module));
            }

            /// <summary>Drops a child module (how containers such as ModuleList shrink).</summary>
            internal void UnregisterModule(string name) => submodules.RemoveAll(e => e.name == name);

            public void register_parameter(string name, Parameter? parameter)
            {
                CheckName(name);
                parameterSlots.RemoveAll(e => e.name == name);
                parameterSlots.Add((name, parameter));
            }

            public void register_buffer(string name, Tensor? tensor)
            {
                CheckName(name);
                tensor?.DetachFromDisposeScope();
                bufferSlots.RemoveAll(e => e.name == name);
                bufferSlots.Add((name, tensor));
            }

            private void CheckName(string name)
            {
                if (string.IsNullOrEmpty(name) || name.Contains('.'))
                    throw new ArgumentException($"{GetType().Name}: '{name}' is not a valid component name (it must be non-empty and contain no '.').");
            }

            public IEnumerable<(string name, Module module)> named_children() => submodules;

            public IEnumerable<Module> children() => submodules.Select(e => e.module);

            /// <summary>This module and all below it, depth first, with dotted names ("" for this one).</summary>
            public IEnumerable<(string name, Module module)> named_modules()
            {
                yield return ("", this);
                foreach (var (childName, child) in submodules)
                    foreach (var (sub, m) in child.named_modules())
                        yield return (sub.Length == 0 ? childName : childName + "." + sub, m);
            }

            /// <summary>This module and all below it, depth first.</summary>
            public IEnumerable<Module> modules() => named_modules().Select(e => e.module);

            /// <summary>Calls fn on every submodule, children before parents, then on this one (PyTorch's order); for custom initialisation.</summary>
            public Module apply(Action<Module> fn)
            {
                foreach (var child in children()) child.apply(fn);
                fn(this);
                return this;
            }

            public IEnumerable<(string name, Parameter parameter)> named_parameters(bool recurse = true)
            {
                var seen = new HashSet<Tensor>(ReferenceEqualityComparer.Instance);
                foreach (var (prefix, m) in recurse ? named_modules() : [("", this)])
                {
                    foreach (var (n, p) in m.parameterSlots)
                    {
                        if (p is not null && seen.Add(p)) yield return (Join(prefix, n), p);
                    }
                }
            }

            public IEnumerable<Parameter> parameters(bool recurse = true) => named_parameters(recurse).Select(e => e.parameter);

            public IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true)
            {
                foreach (var (prefix, m) in recurse ? named_modules() : [("", this)])
                {
                    foreach (var (n, b) in m.bufferSlots)
                    {
                        if (b is not null) yield return (Join(prefix, n), b);
                    }
                }
            }

            public IEnumerable<Tensor> buffers(bool recurse = true) => named_buffers(recurse).Select(e => e.buffer);

            private static string Join(string prefix, string n) => prefix.Length == 0 ? n : prefix + "." + n;

            /// <summary>Sets training mode on this module and every submodule.</summary>
            public virtual Module train(bool mode = true)
            {
                foreach (var m in modules()) m.training = mode;
                return this;
            }

            public Module eval() => train(false);

            /// <summary>Clears the gradients of all parameters (to null by default, as PyTorch 2 does).</summary>
            public void zero_grad(bool set_to_none = true)
            {
                foreach (var p in parameters())
                {
                    if (set_to_none) p.DropGrad();
                    else p.GradInternal?.zero_();
                }
            }

            /// <summary>Parameters and buffers by dotted name (the tensors themselves, not copies).</summary>
            public Dictionary<string, Tensor> state_dict()
            {
                var dict = new Dictionary<string, Tensor>();
                foreach (var (n, p) in named_parameters()) dict[n] = p;
                foreach (var (n, b) in named_buffers()) dict[n] = b;
                return dict;
            }

            /// <summary>
            /// Copies values into the parameters and buffers of the same names. With strict, a missing or extra
            /// name is an error; a shape mismatch is always an error. Nothing is changed when an error is raised.
            /// </summary>
            public (IList<string> missing_keys, IList<string> unexpected_keys) load_state_dict(IDictionary<string, Tensor> source, bool strict = true)
            {
                var own = state_dict();
                var missing = own.Keys.Where(k => !source.ContainsKey(k)).ToList();
                var unexpected = source.Keys.Where(k => !own.ContainsKey(k)).ToList();
                if (strict && (missing.Count > 0 || unexpected.Count > 0))
                    throw new ArgumentException(
                        $"load_state_dict into {GetType().Name}: " +
                        (missing.Count > 0 ? $"missing keys: {string.Join(", ", missing)}. " : "") +
                        (unexpected.Count > 0 ? $"unexpected keys: {string.Join(", ", unexpected)}. " : "") +
                        "The checkpoint was saved from a different model; pass strict: false to load the matching part.");
                foreach (var (key, target) in own)
                {
                    if (source.TryGetValue(key, out var value) && !value.shape.SequenceEqual(target.shape))
                        throw new ArgumentException(
                            $"load_state_dict into {GetType().Name}: '{key}' has shape {value.ShapeText} in the checkpoint but " +
                            $"{target.ShapeText} in the model.");
                }
                using (no_grad())
                {
                    foreach (var (key, target) in own)
                    {
                        if (source.TryGetValue(key, out var value)) target.copy_(value.to(target.device));
                    }
                }
                return (missing, unexpected);
            }

            /// <summary>Moves (or converts) every parameter and buffer in place; references to them stay valid.</summary>
            internal void ApplyToTensors(Func<Tensor, Tensor> convert)
            {
                using var _ = no_grad();
                foreach (var t in state_dict().Values)
                {
                    var converted = convert(t);
                    if (ReferenceEquals(converted, t)) continue;
                    t.ReplaceData(converted);
                    if (t.GradInternal is { } g) t.grad = convert(g);
                }
            }

            public virtual void Dispose()
            {
                foreach (var t in state_dict().Values) t.Dispose();
                GC.SuppressFinalize(this);
            }

            /// <summary>The settings shown between the parentheses of ToString(), e.g. "in_features=784, out_features=128, bias=True".</summary>
            public virtual string extra_repr() => "";

            /// <summary>PyTorch's module print: the settings, then each child on its own indented line.</summary>
            public override string ToString()
            {
                var typeName = GetType().Name;
                var head = typeName[..(typeName.IndexOf('`') is var tick and >= 0 ? tick : typeName.Length)] + "(" + extra_repr();
                if (submodules.Count == 0) return head + ")";
                var lines = submodules.Select(e => $"  ({e.name}): " + e.module.ToString().Replace("\n", "\n  "));
                return head + "\n" + string.Join("\n", lines) + "\n)";
            }
        }

        /// <summary>A module with one input (most layers and models).</summary>
        public abstract class Module<T, TResult> : Module
        {
            protected Module(string name)
                : base(name)
            {
            }

            public abstract TResult forward(T input);

            /// <summary>Runs forward(); model summaries record each call's output shape here.</summary>
            public TResult call(T input)
            {
                var output = forward(input);
                ForwardRecorder.Current?.Record(this, output);
                return output;
            }
        }

        /// <summary>A module with two inputs (losses: prediction and target).</summary>
        public abstract class Module<T1, T2, TResult> : Module
        {
            protected Module(string name)
                : base(name)
            {
            }

            public abstract TResult forward(T1 input1, T2 input2);

            public TResult call(T1 input1, T2 input2) => forward(input1, input2);
        }
    }
}

/// <summary>Device and dtype moves for modules, returning the module's own type (TorchSharp's extension methods).</summary>
public static class ModuleExtensions
{
    public static T to<T>(this T module, torch.Device device)
        where T : torch.nn.Module
    {
        module.ApplyToTensors(t => t.to(device));
        return module;
    }

    public static T to<T>(this T module, DeviceType device)
        where T : torch.nn.Module => module.to(new torch.Device(device));

    public static T to<T>(this T module, ScalarType dtype)
        where T : torch.nn.Module
    {
        module.ApplyToTensors(t => t.is_floating_point() ? t.to_type(dtype) : t);
        return module;
    }

    public static T cpu<T>(this T module)
        where T : torch.nn.Module => module.to(torch.CPU);

    public static T cuda<T>(this T module)
        where T : torch.nn.Module => module.to(torch.CUDA);
}
