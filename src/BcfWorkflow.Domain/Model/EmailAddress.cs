namespace BcfWorkflow.Domain.Model;

/// <summary>One mailbox, as an email library takes it without surprise: "dfg@blaby.gov.uk". Not a list
/// ("a@x, b@x"), not a display name ("\"Name\" &lt;a@x&gt;"), no line breaks (a header injection).</summary>
public static class EmailAddress
{
    public static bool IsSingleMailbox(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 254)
        {
            return false;
        }
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }
        var local = text.AsSpan(0, at);
        var domain = text.AsSpan(at + 1);
        foreach (var c in local)
        {
            if (c <= ' ' || c >= 0x7F || "()<>[]:;,\\\"".Contains(c))
            {
                return false;
            }
        }
        if (local[0] == '.' || local[^1] == '.' || domain.IndexOf('.') <= 0 || domain[^1] == '.')
        {
            return false;
        }
        foreach (var label in domain.ToString().Split('.'))
        {
            if (label.Length == 0 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }
}
