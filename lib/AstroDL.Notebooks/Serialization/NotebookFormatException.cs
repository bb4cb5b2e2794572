namespace AstroDL.Notebooks.Serialization;

/// <summary>A file that is not a readable nbformat 4 notebook; the message names the file and the fix.</summary>
public sealed class NotebookFormatException(string message, Exception? inner = null) : Exception(message, inner);
