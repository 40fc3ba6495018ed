using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering;

public static class TemplateCsvWriter
{
    public static void Write(AreaSummary summary, Stream output) => throw new NotImplementedException("CONTRACT STUB");
}
