namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Thrown inside the xlsx reader to unwind from deep in an XML read when a limit is passed; never escapes it.</summary>
internal sealed class TableTooLargeException(string message) : Exception(message);
