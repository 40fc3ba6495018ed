using System.Diagnostics;

namespace BcfWorkflow.Domain.Tests.Support;

/// <summary>Debian's LibreOffice, headless, converting files in one run in a profile of its own (so it never
/// meets another LibreOffice using the default profile).</summary>
internal static class LibreOffice
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    /// <summary>The soffice program, or null when LibreOffice is not installed.</summary>
    public static string? TryFind() => Candidates.FirstOrDefault(File.Exists);

    public static string Find() =>
        TryFind() ?? throw new InvalidOperationException("LibreOffice is not installed: run scripts/test.sh, which installs Debian's libreoffice-calc-nogui, or apt-get install it.");

    /// <returns>The output folder.</returns>
    /// <param name="recalculateOnLoad">Recalculate every formula of an .xlsx on opening (LibreOffice's "Recalculation on
    /// File Load: Always"), instead of showing the values saved in the file (its default, "Never recalculate").</param>
    public static string Convert(string soffice, IReadOnlyList<string> files, string filter, string outputFolder, string? inputFilter = null, bool recalculateOnLoad = false)
    {
        var (ok, log) = Run(soffice, files, filter, outputFolder, inputFilter, recalculateOnLoad);
        var missing = files.Where(f => !File.Exists(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + "." + filter.Split(':')[0]))).ToList();
        Assert.True(ok && missing.Count == 0, $"LibreOffice --convert-to {filter} {log}, missing {string.Join(", ", missing)}");
        return outputFolder;
    }

    /// <summary>One sheet (1-based) of each workbook as CSV: UTF-8, comma, quotes, values as stored (not as formatted,
    /// so £1,234 is 1234 and pence are kept).</summary>
    /// <returns>The CSV file of each input, in order.</returns>
    public static IReadOnlyList<string> ConvertSheetToCsv(string soffice, IReadOnlyList<string> files, int sheet, string outputFolder, bool recalculateOnLoad)
    {
        var filter = $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet}";
        var (ok, log) = Run(soffice, files, filter, outputFolder, inputFilter: null, recalculateOnLoad);
        // LibreOffice names a single exported sheet's file "{name}-{sheet name}.csv".
        var written = files.Select(f => Directory.GetFiles(outputFolder, Path.GetFileNameWithoutExtension(f) + "-*.csv").SingleOrDefault()).ToList();
        Assert.True(ok && written.All(w => w is not null), $"LibreOffice --convert-to csv (sheet {sheet}) {log}");
        return written!;
    }

    private static (bool Ok, string Log) Run(string soffice, IReadOnlyList<string> files, string filter, string outputFolder, string? inputFilter, bool recalculateOnLoad)
    {
        Directory.CreateDirectory(outputFolder);
        var profile = Directory.CreateTempSubdirectory("bcf-lo-profile-");
        try
        {
            if (recalculateOnLoad)
            {
                Directory.CreateDirectory(Path.Combine(profile.FullName, "user"));
                File.WriteAllText(Path.Combine(profile.FullName, "user", "registrymodifications.xcu"), RecalculateAlways);
            }
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{profile.FullName}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outputFolder })
            {
                start.ArgumentList.Add(argument);
            }
            if (inputFilter is not null)
            {
                start.ArgumentList.Add($"--infilter={inputFilter}");
            }
            foreach (var file in files)
            {
                start.ArgumentList.Add(file);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode == 0, $"exited {process.ExitCode}: {output.Result} {error.Result}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Calc's "Recalculation on File Load" for Excel 2007 and newer files: 0 is Always.</summary>
    private const string RecalculateAlways = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;
}
