using BcfWorkflow.Orchestrations.Emails;

namespace BcfWorkflow.Orchestrations.Tests.Emails;

/// <summary>Every kind of email, text and HTML, against Emails/Golden/{kind}.txt|.html (see <see cref="Golden"/>).</summary>
public sealed class EmailGoldenTests
{
    public static TheoryData<string> Kinds => [.. EmailSamples.All.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_EveryKind_MatchesTheGoldenText(string kind)
    {
        var message = EmailWriter.Write(EmailSamples.All[kind], EmailSamples.Links);

        Golden.Match($"{kind}.txt", $"To: {message.ToName} <{message.To}>\nSubject: {message.Subject}\n\n{message.TextBody}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_EveryKind_MatchesTheGoldenHtml(string kind)
    {
        var message = EmailWriter.Write(EmailSamples.All[kind], EmailSamples.Links);

        Golden.Match($"{kind}.html", message.HtmlBody!);
    }
}
