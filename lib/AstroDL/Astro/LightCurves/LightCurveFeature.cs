namespace AstroDL.Astro.LightCurves;

/// <summary>What each time step of a padded sequence holds (<see cref="LightCurveSet.Padded"/>).</summary>
public enum LightCurveFeature
{
    /// <summary>Days since the curve's first point.</summary>
    Time,
    /// <summary>Days since the previous point (0 for the first): how an RNN sees irregular sampling.</summary>
    DeltaTime,
    /// <summary>Relative flux as simulated.</summary>
    Flux,
    /// <summary>Flux minus the curve's median, divided by the curve's standard deviation.</summary>
    StandardisedFlux,
    /// <summary>Magnitude relative to the mean level.</summary>
    Magnitude,
    /// <summary>The point's 1σ error in flux.</summary>
    Error,
}
