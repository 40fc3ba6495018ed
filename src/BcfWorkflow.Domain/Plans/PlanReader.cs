using BcfWorkflow.Domain.Model;

namespace BcfWorkflow.Domain.Plans;

/// <summary>Reads plan.json (the shape in docs/interfaces.md) and checks it is coherent.</summary>
public static class PlanReader
{
    public static PlanReadResult Read(Stream json, string fileName) => throw new NotImplementedException("CONTRACT STUB");
}
