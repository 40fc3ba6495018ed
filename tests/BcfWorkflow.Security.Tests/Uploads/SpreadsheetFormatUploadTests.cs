using System.Net;
using System.Text.Json;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Uploads;

/// <summary>Workbooks LibreOffice saved as .ods and .xls go through the same handler as CSV and .xlsx: accepted,
/// stored under the format their content shows, and the sheet read is named in the answer.</summary>
public sealed class SpreadsheetFormatUploadTests : IAsyncLifetime
{
    private ApiStack stack = null!;
    private string cycleId = "";

    public async Task InitializeAsync()
    {
        stack = await ApiStack.StartAsync();
        cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("blaby.ods", "ods")]
    [InlineData("blaby.xls", "xls")]
    public async Task Put_WorkbookSavedByLibreOffice_IsAcceptedAndStoredAsItsFormat(string file, string extension)
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Uploads", "Files", file));

        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, content, file);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("blaby", body.RootElement.GetProperty("sheet").GetString());
        Assert.EndsWith($"/v1.{extension}", body.RootElement.GetProperty("blob").GetString(), StringComparison.Ordinal);
        var stored = Assert.Single(await stack.Ports.Returns.ListVersionsAsync(cycleId, TestPlan.Blaby));
        Assert.Equal(content, await stack.Ports.Returns.ReadAsync(stored.Ref));
    }

    [Fact]
    public async Task Put_Pdf_Is400SayingToUploadASpreadsheetAndNothingStored()
    {
        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray(), "return.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSV or Excel file", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }
}
