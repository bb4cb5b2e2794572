using System.Reflection;

namespace AstroDL.Data;

/// <summary>
/// Every data set the kit knows: each concrete class of this library that implements <see cref="IDataSetInfo"/>
/// and has a public parameterless constructor, plus any added with <see cref="Register"/>, in name order.
/// </summary>
public static class DataSetRegistry
{
    private static readonly List<IDataSetInfo> registered = [];
    private static readonly object gate = new();

    public static IReadOnlyList<IDataSetInfo> All
    {
        get
        {
            lock (gate)
            {
                return Discovered(typeof(DataSetRegistry).Assembly).Concat(registered).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>The data set with this name (case-insensitive), or null.</summary>
    public static IDataSetInfo? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a data set that is not found by discovery (one defined outside the library).</summary>
    public static void Register(IDataSetInfo dataSet)
    {
        lock (gate)
        {
            registered.RemoveAll(d => d.Name == dataSet.Name);
            registered.Add(dataSet);
        }
    }

    internal static IEnumerable<IDataSetInfo> Discovered(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                && typeof(IDataSetInfo).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IDataSetInfo)Activator.CreateInstance(t)!);
}
