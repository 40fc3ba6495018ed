using BcfWorkflow.Adapters.Email;
using BcfWorkflow.Orchestrations.Contracts;
using MimeKit;

namespace BcfWorkflow.LocalHost.Tests.Adapters.Email;

public sealed class MimeMessageFactoryTests
{
    static readonly MimeMessageFactory Factory = new(new EmailOptions { From = "bcf@leics.example.gov.uk" }, TimeProvider.System);

    [Fact]
    public void Create_WithHtml_IsMultipartAlternativeTextThenHtml()
    {
        var message = new EmailMessage("c/request/1", "dfg@blaby.example.gov.uk", "Please send your return", "Dear Blaby,\n", EmailPurposes.Request,
            "Blaby District Council", "c", "<p>Dear Blaby,</p>");

        MimeMessage mime = MimeMessage.Load(new MemoryStream(Factory.ToRfc5322(message)));

        var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(("Dear Blaby,\n", "<p>Dear Blaby,</p>"), (mime.TextBody, mime.HtmlBody));
        Assert.Equal("utf-8", alternative.OfType<TextPart>().Last().ContentType.Charset, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_TextOnly_IsASinglePlainPart()
    {
        var message = new EmailMessage("c/request/1", "dfg@blaby.example.gov.uk", "Subject", "Text only.\n", EmailPurposes.Request);

        MimeMessage mime = Factory.Create(message);

        Assert.Equal("text/plain", Assert.IsType<TextPart>(mime.Body).ContentType.MimeType);
        Assert.Null(mime.HtmlBody);
    }

    [Fact]
    public void ToRfc5322_PoundSignsAndLongLines_AreSevenBitOnTheWireAndReadBackExactly()
    {
        var text = "Planned spend £575,781 for scheme 55. " + new string('x', 200) + "\n";
        var message = new EmailMessage("c/request/1", "dfg@blaby.example.gov.uk", "Your return: £575,781", text, EmailPurposes.Request,
            "Blaby District Council", "c", "<p>Planned spend £575,781</p>");

        byte[] wire = Factory.ToRfc5322(message);
        MimeMessage mime = MimeMessage.Load(new MemoryStream(wire));

        Assert.All(wire, b => Assert.True(b < 0x80, "every byte is 7-bit"));
        Assert.Equal(text, mime.TextBody);
        Assert.Contains("£575,781", mime.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Your return: £575,781", mime.Subject);
    }
}
