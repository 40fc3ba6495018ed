using System.Text;

namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>Makes the Windows code pages (1252 and the others legacy files use) available, once.</summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> Windows1252Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static Encoding Windows1252 => Windows1252Encoding.Value;

    public static void Register() => _ = Windows1252Encoding.Value;
}
