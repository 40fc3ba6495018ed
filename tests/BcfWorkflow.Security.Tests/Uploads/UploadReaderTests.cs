using BcfWorkflow.Api.Endpoints;
using BcfWorkflow.Security.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace BcfWorkflow.Security.Tests.Uploads;

public sealed class UploadReaderTests
{
    private const long Limit = 100_000;

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
