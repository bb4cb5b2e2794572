using System.Collections;
using System.Diagnostics.CodeAnalysis;
using static AstroDL.torch;

namespace AstroDL.Modules
{
    /// <summary>
    /// Submodules under names of your choice, kept in insertion order and registered under those names (so their parameters
    /// show in parameters() and state_dict as "name.weight"); the owner's forward picks which to call.
    /// </summary>
    public sealed class ModuleDict<T> : nn.Module, IDictionary<string, T>
        where T : nn.Module
    {
        private readonly List<(string key, T module)> items = [];

        internal ModuleDict(IEnumerable<(string, T)> modules)
            : base("ModuleDict")
        {
            foreach (var (key, module) in modules) Add(key, module);
        }

        public int Count => items.Count;

        public bool IsReadOnly => false;

        public ICollection<string> Keys => items.Select(e => e.key).ToList();

        public ICollection<T> Values => items.Select(e => e.module).ToList();

        public T this[string key]
        {
            get => TryGetValue(key, out var module) ? module : throw new KeyNotFoundException($"ModuleDict: no module named '{key}'; it holds {Names()}.");
            set
            {
                int index = items.FindIndex(e => e.key == key);
                if (index < 0) items.Add((key, value));
                else items[index] = (key, value);
                register_module(key, value);
            }
        }

        /// <summary>The entry at a position in insertion order.</summary>
        public (string, T) this[int index] => items[index];

        public IEnumerable<string> keys() => Keys;

        public IEnumerable<T> values() => Values;

        public IEnumerator<(string, T)> items_() => items.GetEnumerator();

        public void Add(string key, T value)
        {
            if (ContainsKey(key)) throw new ArgumentException($"ModuleDict: a module named '{key}' is already there; assign with dict[\"{key}\"] = module to replace it.");
            this[key] = value;
        }

        public void Add((string, T) item) => Add(item.Item1, item.Item2);

        public void Add(KeyValuePair<string, T> item) => Add(item.Key, item.Value);

        public bool ContainsKey(string key) => items.Exists(e => e.key == key);

        public bool Contains(KeyValuePair<string, T> item) => TryGetValue(item.Key, out var m) && ReferenceEquals(m, item.Value);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
        {
            int index = items.FindIndex(e => e.key == key);
            value = index < 0 ? null : items[index].module;
            return index >= 0;
        }

        public bool Remove(string key)
        {
            if (items.RemoveAll(e => e.key == key) == 0) return false;
            UnregisterModule(key);
            return true;
        }

        public bool Remove(KeyValuePair<string, T> item) => Contains(item) && Remove(item.Key);

        public void Clear()
        {
            foreach (var (key, _) in items) UnregisterModule(key);
            items.Clear();
        }

        public void CopyTo(KeyValuePair<string, T>[] array, int arrayIndex)
        {
            foreach (var (key, module) in items) array[arrayIndex++] = new(key, module);
        }

        public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => items.Select(e => new KeyValuePair<string, T>(e.key, e.module)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private string Names() => items.Count == 0 ? "nothing" : string.Join(", ", items.Select(e => $"'{e.key}'"));
    }
}

namespace AstroDL
{
    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ModuleDict<T> ModuleDict<T>(params (string, T)[] modules)
                where T : Module => new(modules);

            /// <summary>Named modules of different kinds.</summary>
            public static Modules.ModuleDict<Module> ModuleDict(params (string, Module)[] modules) => new(modules);
        }
    }
}
