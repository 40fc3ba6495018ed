using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BcfWorkflow.Security.Tests.Support;
using BcfWorkflow.Testing;

namespace BcfWorkflow.Security.Tests.Uploads;

/// <summary>Hostile and odd files through <c>PUT /api/cycles/{id}/returns/blaby</c> on the real handlers.</summary>
public sealed class HostileUploadTests : IAsyncLifetime
{
    private const int Limit = 256 * 1024;
    private ApiStack stack = null!;
    private string cycleId = "";

    public async Task InitializeAsync()
    {
        stack = await ApiStack.StartAsync([new("Api:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        cycleId = await stack.OpenCycleAsync(TestPlan.Area, "Q2");
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Put_DeclaredLengthOverTheLimit_Is413AndNothingStored()
    {
        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, new byte[Limit + 1], "blaby.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }

    [Fact]
    public async Task Put_ChunkedBodyOverTheLimit_Is413AndNothingStored()
    {
        var body = new StreamContent(new CountingStream(4L * Limit));
        body.Headers.ContentType = new("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/cycles/{cycleId}/returns/blaby") { Content = body };
        request.Headers.Authorization = Keys.Header(Keys.Blaby);
        request.Headers.TransferEncodingChunked = true;

        using var response = await stack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }

    public static TheoryData<string, string> Rejected => new()
    {
        { "declared zip bomb", "too large" },
        { "lying zip bomb", "could not be read" },
        { "billion laughs", "could not be read" },
        { "external entity", "could not be read" },
        { "csv 10001 rows", "more than 10000 rows" },
        { "csv 201 columns", "more than 200 columns" },
        { "xlsx 10001 rows", "more than 10000 rows" },
        { "xlsx 201 columns", "more than 200 columns" },
        { "binary", "binary data" },
        { "empty", "is empty" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Put_HostileFile_Is400WithAClearMessageAndNothingStored(string file, string expectedMessage)
    {
        var (bytes, name) = file switch
        {
            "declared zip bomb" => (HostileFiles.DeclaredZipBomb(100), "blaby.xlsx"),
            "lying zip bomb" => (HostileFiles.LyingZipBomb(100), "blaby.xlsx"),
            "billion laughs" => (HostileFiles.BillionLaughs(), "blaby.xlsx"),
            "external entity" => (HostileFiles.ExternalEntity(), "blaby.xlsx"),
            "csv 10001 rows" => (HostileFiles.CsvWithRows(10_001), "blaby.csv"),
            "csv 201 columns" => (HostileFiles.CsvWithColumns(201), "blaby.csv"),
            "xlsx 10001 rows" => (HostileFiles.XlsxWithRows(10_001), "blaby.xlsx"),
            "xlsx 201 columns" => (HostileFiles.XlsxWithColumns(201), "blaby.xlsx"),
            "binary" => ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], "blaby.csv"),
            _ => ([], "blaby.csv"),
        };

        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, bytes, name);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString();
        Assert.Contains(expectedMessage, message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }

    public static TheoryData<string> Sniffed => ["xlsx named .csv", "csv named .xlsx", "UTF-8 with BOM and CRLF"];

    [Theory]
    [MemberData(nameof(Sniffed))]
    public async Task Put_FileWhoseNameOrEncodingMisleads_IsReadByContentAndAccepted(string file)
    {
        var (bytes, name) = file switch
        {
            "xlsx named .csv" => (HostileFiles.BlabyXlsx(), "blaby.csv"),
            "csv named .xlsx" => (HostileFiles.BlabyCsv(), "blaby.xlsx"),
            _ => ([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(HostileFiles.Header + "\r\n39,\"£1,000\",10,\r\n")], "blaby.csv"),
        };

        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, bytes, name);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var stored = Assert.Single(await stack.Ports.Returns.ListVersionsAsync(cycleId, TestPlan.Blaby));
        Assert.Equal(bytes, await stack.Ports.Returns.ReadAsync(stored.Ref));
    }

    /// <summary>UTF-8 ("£" as C2 A3) beside bytes that are not UTF-8: read as Windows-1252 its text would be garbled, so
    /// it is refused, saying how to save it.</summary>
    [Fact]
    public async Task Put_InvalidUtf8_Is400SayingHowToSaveItAndNothingStored()
    {
        using var response = await stack.PutReturnAsync(cycleId, TestPlan.Blaby, Keys.Blaby, HostileFiles.InvalidUtf8(), "blaby.csv");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "not-a-table"
            && e.GetProperty("message").GetString()!.Contains("CSV UTF-8", StringComparison.Ordinal));
        Assert.Equal(0, stack.Ports.Returns.BlobCount);
    }
}
