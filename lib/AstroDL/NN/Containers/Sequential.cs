using System.Collections;
using System.Globalization;
using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Runs its modules one after another, each on the output of the one before. Unnamed modules are named
    /// "0", "1", ... by position, so state_dict keys read "0.weight" as in PyTorch.
    /// </summary>
    public class Sequential : nn.Module<Tensor, Tensor>, IEnumerable<nn.Module<Tensor, Tensor>>
    {
        private readonly List<(string name, nn.Module<Tensor, Tensor> module)> items = [];

        /// <summary>For subclasses that are a fixed chain of named layers.</summary>
        protected Sequential(params (string name, nn.Module<Tensor, Tensor> submodule)[] modules)
            : this(modules.AsEnumerable())
        {
        }

        /// <summary>For subclasses that are a fixed chain of layers, named by position.</summary>
        protected Sequential(params nn.Module<Tensor, Tensor>[] modules)
            : this(Enumerable.Empty<(string, nn.Module<Tensor, Tensor>)>())
        {
            foreach (var module in modules) append(module);
        }

        internal Sequential(IEnumerable<(string name, nn.Module<Tensor, Tensor> submodule)> modules)
            : base(nameof(Sequential))
        {
            foreach (var (name, module) in modules) append(name, module);
        }

        public int Count => items.Count;

        /// <summary>The module at a position (negative counts from the end).</summary>
        public nn.Module<Tensor, Tensor> this[int index]
        {
            get
            {
                var i = index < 0 ? index + items.Count : index;
                if (i < 0 || i >= items.Count)
                    throw new ArgumentOutOfRangeException(nameof(index), $"Sequential: index {index} is out of range for {items.Count} modules.");
                return items[i].module;
            }
        }

        /// <summary>A new Sequential sharing the modules (and their names) in the range.</summary>
        public Sequential this[Range range]
        {
            get
            {
                var (start, length) = range.GetOffsetAndLength(items.Count);
                return new Sequential(items.GetRange(start, length));
            }
        }

        public Sequential append(string name, nn.Module<Tensor, Tensor> module)
        {
            if (items.Any(e => e.name == name))
                throw new ArgumentException($"Sequential: there is already a module named '{name}'; each name must be unique.");
            register_module(name, module);
            items.Add((name, module));
            return this;
        }

        public Sequential append(nn.Module<Tensor, Tensor> module) => append(items.Count.ToString(CultureInfo.InvariantCulture), module);

        public override Tensor forward(Tensor input)
        {
            var x = input;
            foreach (var (_, module) in items) x = module.call(x);
            return x;
        }

        public IEnumerator<nn.Module<Tensor, Tensor>> GetEnumerator() => items.Select(e => e.module).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Sequential Sequential() => new(Enumerable.Empty<(string, Module<Tensor, Tensor>)>());

            public static Modules.Sequential Sequential(params (string name, Module<Tensor, Tensor> submodule)[] modules) => new(modules);

            public static Modules.Sequential Sequential(params Module<Tensor, Tensor>[] modules) =>
                new(modules.Select((m, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), m)));

            public static Modules.Sequential Sequential(IEnumerable<(string name, Module<Tensor, Tensor> submodule)> modules) => new(modules);

            public static Modules.Sequential Sequential(IEnumerable<Module<Tensor, Tensor>> modules) => Sequential(modules.ToArray());
        }
    }
}
