namespace Course.Cli.Commands;

/// <summary>Bad command-line arguments; the message says what to type instead.</summary>
public sealed class UsageException(string message) : Exception(message);
