using System.Text;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Builders;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>Short ways to read a return in tests.</summary>
internal static class ReturnFiles
{
    public const string Header = "Scheme ID,Scheme Name,Expenditure to date (£),Outputs delivered to date,Comments";

    public static Plan Plan { get; } = PlanBuilder.Leicestershire().Build();

    public static ReturnReadResult ReadCsv(string csv, string? contributorId = PlanBuilder.Blaby, ContributorReturn? previous = null, Plan? plan = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(csv), contributorId, "return.csv", previous, plan);

    public static ReturnReadResult ReadBytes(byte[] bytes, string? contributorId, string fileName = "return.csv", ContributorReturn? previous = null, Plan? plan = null) =>
        ReturnReader.Read(plan ?? Plan, contributorId, new MemoryStream(bytes), fileName, previous);

    /// <summary>A CSV whose lines are joined with LF, header first.</summary>
    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";
}
