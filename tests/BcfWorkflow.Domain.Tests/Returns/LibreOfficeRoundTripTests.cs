using System.Globalization;
using BcfWorkflow.Domain.Model;
using BcfWorkflow.Domain.Plans;
using BcfWorkflow.Domain.Rendering;
using BcfWorkflow.Domain.Returns;
using BcfWorkflow.Domain.Tests.Support;

namespace BcfWorkflow.Domain.Tests.ReturnReading;

/// <summary>
/// The property councils rely on: any return we write (the pre-filled xlsx and csv), opened and saved again by
/// LibreOffice as .xlsx, .xls or .ods, reads back with the same figures. Returns are random (seeded; the seed is
/// in the failure message) over the Leicestershire plan: amounts in pence, outputs or NA, comments with commas,
/// quotes, line breaks, text that looks like a formula, a date or a number. LibreOffice is Debian's
/// (scripts/test.sh installs libreoffice-calc-nogui); one conversion run per format, in a profile of its own.
/// </summary>
public class LibreOfficeRoundTripTests
{
    private const int Returns = 12;

    private static readonly string[] Comments =
    [
        "", "In line with plan", "Includes £12,500 carried over, and a refund", "He said \"on track\"", "Line one\nline two",
        "=SUM(A1:A9)", "+44 116 305 0000", "30/09/2024", "1,272", "-£5 adjustment", "Ünïcödé – café", "@risk",
    ];

    [Fact]
    public void SaveAgainInLibreOffice_AnyReturnWeWrite_ReadsBackTheSameFigures()
    {
        var soffice = LibreOffice.Find();
        var plan = ReadPlan();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var folder = Directory.CreateTempSubdirectory("bcf-roundtrip-");
        try
        {
            var written = new Dictionary<string, ContributorReturn>();
            for (var i = 0; i < Returns; i++)
            {
                var contributor = plan.Contributors[random.Next(plan.Contributors.Count)];
                var figures = RandomReturn(plan, contributor, random);
                var name = $"r{i:00}-{contributor.Id}";
                using (var xlsx = File.Create(Path.Combine(folder.FullName, name + ".xlsx")))
                {
                    PrefilledReturnWriter.WriteXlsx(plan, contributor.Id, figures, keepComments: true, xlsx);
                }
                using (var csv = File.Create(Path.Combine(folder.FullName, name + ".csv")))
                {
                    PrefilledReturnWriter.WriteCsv(plan, contributor.Id, figures, keepComments: true, csv);
                }
                written[name] = figures;
            }

            var xlsxFiles = written.Keys.Select(n => Path.Combine(folder.FullName, n + ".xlsx")).ToArray();
            var csvFiles = written.Keys.Select(n => Path.Combine(folder.FullName, n + ".csv")).ToArray();
            var saved = new List<(string File, string Name, bool CommentsKept)>();
            foreach (var (format, filter) in new[] { ("xlsx", "xlsx:Calc MS Excel 2007 XML"), ("xls", "xls:MS Excel 97"), ("ods", "ods") })
            {
                var output = LibreOffice.Convert(soffice, xlsxFiles, filter, Path.Combine(folder.FullName, "from-xlsx-" + format));
                saved.AddRange(written.Keys.Select(n => (Path.Combine(output, n + "." + format), n, true)));
            }
            // Our CSV opened in LibreOffice (UTF-8, comma) and saved as a workbook: its comments become what
            // LibreOffice made of them (a typed "1,272" turns into a number), but the figures must not change.
            var fromCsv = LibreOffice.Convert(soffice, csvFiles, "xlsx:Calc MS Excel 2007 XML", Path.Combine(folder.FullName, "from-csv"), "CSV:44,34,76,1");
            saved.AddRange(written.Keys.Select(n => (Path.Combine(fromCsv, n + ".xlsx"), n, false)));

            foreach (var (file, name, commentsKept) in saved)
            {
                var expected = written[name];
                using var content = File.OpenRead(file);
                var read = ReturnReader.Read(plan, expected.ContributorId, content, Path.GetFileName(file));
                var context = $"seed {seed}, {Path.GetRelativePath(folder.FullName, file)}";
                Assert.True(read.IsValid, $"{context}: {string.Join(" | ", read.Errors)}");
                Assert.Equal(Figures(expected), Figures(read.Return!), StringComparer.Ordinal);
                if (commentsKept)
                {
                    Assert.Equal(expected.Rows.Select(r => r.Comments.ReplaceLineEndings("\n")), read.Return!.Rows.Select(r => r.Comments.ReplaceLineEndings("\n")));
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Figures(ContributorReturn r) =>
        r.Rows.Select(row => string.Create(CultureInfo.InvariantCulture, $"{row.SchemeId}: {row.ExpenditureToDate:0.00} / {row.OutputsDeliveredToDate?.ToString("0.######", CultureInfo.InvariantCulture) ?? "NA"}"));

    private static ContributorReturn RandomReturn(Plan plan, Contributor contributor, Random random)
    {
        var rows = plan.SchemesOf(contributor).Select(scheme =>
        {
            var pence = random.Next(4) == 0 ? random.NextInt64(0, 100) : 0;
            var pounds = random.Next(5) == 0 ? 0 : random.NextInt64(1, 12_000_000);
            var outputs = random.Next(3) switch
            {
                0 => (decimal?)null,
                1 => random.Next(0, 5000),
                _ => Math.Round((decimal)random.NextDouble() * 900m, 2),
            };
            var comment = Comments[random.Next(Comments.Length)];
            return new ReturnRow(scheme.Id, pounds + (pence / 100m), outputs, comment);
        });
        return new ContributorReturn(contributor.Id, "written.xlsx", [.. rows]);
    }

    private static Plan ReadPlan()
    {
        using var json = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "RealWorld", "samples", "leicestershire", "plan.json"));
        return PlanReader.Read(json, "plan.json").Plan!;
    }
}
