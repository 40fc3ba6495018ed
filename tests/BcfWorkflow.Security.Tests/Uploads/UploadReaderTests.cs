using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Security.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Security.Tests.Uploads;

public sealed class UploadReaderTests
{
    private const long Limit = 100_000;

    [Theory]
    [InlineData("attachment; filename*=UTF-8''Blaby%20Q2%20%E2%80%93%20Zo%C3%AB%27s.csv", null, "Blaby Q2 – Zoë's.csv")]
    [InlineData("attachment; filename=\"..\\\\..\\\\secrets\\\\blaby.csv\"", null, "blaby.csv")]
    [InlineData(null, "../../etc/passwd", "passwd")]
    [InlineData(null, "blaby\u0007\u001b[31m.csv", "blaby[31m.csv")]
    [InlineData(null, "   ", "fallback.csv")]
    public void FileName_IsTheLastSegmentWithoutControlCharacters(string? disposition, string? header, string expected)
    {
        var context = new DefaultHttpContext();
        if (disposition is not null)
        {
            context.Request.Headers.ContentDisposition = disposition;
        }
        if (header is not null)
        {
            context.Request.Headers["X-File-Name"] = header;
        }

        Assert.Equal(expected, UploadReader.FileName(context.Request, "fallback.csv"));
    }

    [Fact]
    public void FileName_VeryLong_IsCut()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers["X-File-Name"] = new string('a', 5000) + ".csv";

        Assert.Equal(UploadReader.MaxFileNameLength, UploadReader.FileName(context.Request, "x.csv").Length);
    }

    [Fact]
    public async Task ReadLimited_DeclaredLengthOverTheLimit_ReadsNothing()
    {
        var body = new CountingStream();
        var context = new DefaultHttpContext { Request = { Body = body, ContentLength = Limit + 1 } };

        var bytes = await UploadReader.ReadLimitedAsync(context.Request, Limit, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task ReadLimited_UndeclaredEndlessBody_StopsOneByteAfterTheLimit()
    {
        var body = new CountingStream();
        var context = new DefaultHttpContext { Request = { Body = body } };

        var bytes = await UploadReader.ReadLimitedAsync(context.Request, Limit, CancellationToken.None);

        Assert.Null(bytes);
        Assert.Equal(Limit + 1, body.BytesRead);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Limit)]
    public async Task ReadLimited_BodyUpToTheLimit_IsReadWhole(long length)
    {
        var context = new DefaultHttpContext { Request = { Body = new CountingStream(length) } };

        var bytes = await UploadReader.ReadLimitedAsync(context.Request, Limit, CancellationToken.None);

        Assert.Equal(length, bytes!.Length);
    }
}
