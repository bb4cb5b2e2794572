namespace AstroDL.Training;

/// <summary>
/// A receiver operating characteristic: the false and true positive rates as the threshold on a score falls past each
/// distinct score (starting at (0, 0)), and the area under it, the probability that a random positive outscores a random
/// negative (ties count one half).
/// </summary>
public sealed record RocCurve(double[] FalsePositiveRate, double[] TruePositiveRate, double Auc);
