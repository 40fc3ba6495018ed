namespace BcfWorkflow.Infra.Tests.Support;

public sealed record BicepDiagnostic(string Level, string Code, string Line);
