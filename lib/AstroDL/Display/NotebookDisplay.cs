using System.Reflection;

namespace AstroDL.Display;

/// <summary>
/// Shows a value as a notebook output that can be replaced in place, when the code runs in a notebook. The library
/// references no notebook package; it finds the host's display function by convention:
/// <list type="number">
/// <item>a function the host stored with <c>AppContext.SetData(HostDataName, Func&lt;object?, Action&lt;object?&gt;?&gt;)</c>
/// (the course runner does this): called with a value, it shows it and returns the action that replaces it, or null
/// when it cannot show anything now;</item>
/// <item>the Polyglot C# kernel's static <c>Microsoft.DotNet.Interactive.Kernel.display(object, string[])</c>, whose
/// result has an <c>Update(object)</c> method.</item>
/// </list>
/// </summary>
public static class NotebookDisplay
{
    /// <summary>The AppContext data name under which a host stores its display function.</summary>
    public const string HostDataName = "AstroDL.Display.Host";

    private const string PolyglotKernelType = "Microsoft.DotNet.Interactive.Kernel";

    /// <summary>Shows <paramref name="value"/>; returns the action that replaces it, or null outside a notebook.</summary>
    public static Action<object?>? TryShow(object value) =>
        AppContext.GetData(HostDataName) is Func<object?, Action<object?>?> host
            ? host(value)
            : ShowThroughKernel(FindKernelDisplay(AppDomain.CurrentDomain.GetAssemblies(), PolyglotKernelType), value);

    /// <summary>The static <c>display(object, string[])</c> of the first type named <paramref name="typeName"/>.</summary>
    internal static MethodInfo? FindKernelDisplay(IEnumerable<Assembly> assemblies, string typeName)
    {
        foreach (var assembly in assemblies)
        {
            if (assembly.IsDynamic) continue;
            var display = assembly.GetType(typeName, throwOnError: false)?.GetMethod(
                "display", BindingFlags.Public | BindingFlags.Static, [typeof(object), typeof(string[])]);
            if (display is not null) return display;
        }
        return null;
    }

    internal static Action<object?>? ShowThroughKernel(MethodInfo? display, object value)
    {
        var shown = display?.Invoke(null, [value, Array.Empty<string>()]);
        var update = shown?.GetType().GetMethod("Update", [typeof(object)]);
        return update is null ? null : replacement => update.Invoke(shown, [replacement]);
    }
}
