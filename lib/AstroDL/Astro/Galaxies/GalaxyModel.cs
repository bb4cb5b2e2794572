namespace AstroDL.Astro.Galaxies;

/// <summary>
/// A model galaxy (or star, or blend): its light components and its true parameters. <see cref="Segments"/> gives, for a
/// blend, which components belong to which object (indices into <see cref="Components"/>); null means one object.
/// </summary>
public sealed record GalaxyModel(IReadOnlyList<GalaxyComponent> Components, GalaxyParameters Truth, IReadOnlyList<int[]>? Segments = null)
{
    /// <summary>The same model with every flux times <paramref name="factor"/>.</summary>
    internal GalaxyModel Scaled(double factor) => this with
    {
        Components = Components.Select(c => c with { Flux = c.Flux * factor }).ToList(),
        Truth = Truth with { Flux = Truth.Flux * factor },
    };
}
