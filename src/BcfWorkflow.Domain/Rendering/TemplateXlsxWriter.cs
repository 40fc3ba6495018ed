using BcfWorkflow.Domain.Aggregation;

namespace BcfWorkflow.Domain.Rendering;

public static class TemplateXlsxWriter
{
    public static void Write(AreaSummary summary, TemplateCover cover, Stream output) => throw new NotImplementedException("CONTRACT STUB");
}
