namespace AstroDL.Datasets;

/// <summary>Which part of a data set: the training images or the held-out test images.</summary>
public enum Split
{
    Train,
    Test,
}
