namespace Course.Cli.Doctor;

/// <summary>How serious a doctor finding is.</summary>
public enum Severity
{
    /// <summary>Works.</summary>
    Ok,

    /// <summary>Works, with a limit worth knowing (no GPU, only a data sample).</summary>
    Note,

    /// <summary>Something the course needs is missing or broken.</summary>
    Problem,
}

/// <summary>One entry of <c>course doctor</c>: what was checked, what was found, what to do about it, and trace lines.</summary>
public sealed record Finding(string Topic, Severity Severity, string Found, string? Remedy = null, IReadOnlyList<string>? Details = null);
