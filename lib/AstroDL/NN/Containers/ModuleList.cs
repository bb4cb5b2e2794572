using System.Collections;
using System.Globalization;
using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// A list of submodules that are registered (their parameters show in parameters() and state_dict under
    /// "0.", "1.", ...) but not called in any fixed order: the owner's forward decides how to use them.
    /// </summary>
    public sealed class ModuleList<T> : nn.Module, IList<T>
        where T : nn.Module
    {
        private readonly List<T> items = [];

        internal ModuleList(IEnumerable<T> modules)
            : base("ModuleList") => extend(modules);

        public int Count => items.Count;

        public bool IsReadOnly => false;

        public T this[int index]
        {
            get => items[index];
            set => Rebuild(() => items[index] = value);
        }

        public ModuleList<T> append(T module)
        {
            Add(module);
            return this;
        }

        public ModuleList<T> extend(IEnumerable<T> modules)
        {
            foreach (var module in modules) Add(module);
            return this;
        }

        public void Add(T item)
        {
            items.Add(item);
            register_module(Name(items.Count - 1), item);
        }

        public void Insert(int index, T item) => Rebuild(() => items.Insert(index, item));

        public void RemoveAt(int index) => Rebuild(() => items.RemoveAt(index));

        public bool Remove(T item)
        {
            var index = items.IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public void Clear() => Rebuild(items.Clear);

        public int IndexOf(T item) => items.IndexOf(item);

        public bool Contains(T item) => items.Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => items.CopyTo(array, arrayIndex);

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static string Name(int index) => index.ToString(CultureInfo.InvariantCulture);

        // Positions are the names, so a change in the middle renames everything after it.
        private void Rebuild(Action change)
        {
            for (int i = 0; i < items.Count; i++) UnregisterModule(Name(i));
            change();
            for (int i = 0; i < items.Count; i++) register_module(Name(i), items[i]);
        }
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ModuleList<T> ModuleList<T>(params T[] modules)
                where T : Module => new(modules);

            /// <summary>A list of modules of different kinds.</summary>
            public static Modules.ModuleList<Module> ModuleList(params Module[] modules) => new(modules);
        }
    }
}
