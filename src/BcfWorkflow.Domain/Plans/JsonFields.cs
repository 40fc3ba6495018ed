using System.Globalization;
using System.Text.Json;
using BcfWorkflow.Domain.Validation;

namespace BcfWorkflow.Domain.Plans;

/// <summary>Typed reads of JSON fields that note a problem (and return a placeholder) instead of throwing.</summary>
internal sealed class JsonFields(PlanIssues issues)
{
    public string RequiredString(JsonElement owner, string name, string path)
    {
        if (!TryGet(owner, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is missing.");
            return "";
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a string.");
            return "";
        }
        var text = Checked(value.GetString()!, path).Trim();
        if (text.Length == 0)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is blank.");
        }
        return text;
    }

    /// <summary>Text with a control character ("Q2\u0000") is refused, not read as the text around it.</summary>
    private string Checked(string text, string path)
    {
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            issues.Add(IssueCodes.BadField, path, $"{path} holds a control character: type it again as plain text.");
            return "";
        }
        return text;
    }

    /// <summary>A required single email address (<see cref="Model.EmailAddress"/>).</summary>
    public string RequiredEmail(JsonElement owner, string name, string path)
    {
        var text = RequiredString(owner, name, path);
        if (text.Length > 0 && !Model.EmailAddress.IsSingleMailbox(text))
        {
            issues.Add(IssueCodes.BadField, path,
                $"{path} '{text.ReplaceLineEndings(" ")}' must be one email address, such as dfg@blaby.gov.uk (one address per field: use a shared mailbox for a team).");
            return "";
        }
        return text;
    }

    public string OptionalString(JsonElement owner, string name, string path)
    {
        if (!TryGet(owner, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a string.");
            return "";
        }
        return Checked(value.GetString()!, path).Trim();
    }

    /// <summary>An id: a string, or a number written without quotes (kept as its text).</summary>
    public string RequiredId(JsonElement owner, string name, string path)
    {
        if (!TryGet(owner, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is missing.");
            return "";
        }
        return Id(value, path) ?? "";
    }

    public string? Id(JsonElement value, string path)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a string id.");
        }
        else if (text.Length == 0)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is blank.");
            return null;
        }
        return text;
    }

    public decimal RequiredAmount(JsonElement owner, string name, string path)
    {
        if (!TryGet(owner, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is missing.");
            return 0m;
        }
        return Amount(value, path) ?? 0m;
    }

    public decimal? OptionalAmount(JsonElement owner, string name, string path) =>
        TryGet(owner, name, out var value) && value.ValueKind != JsonValueKind.Null ? Amount(value, path) : null;

    /// <summary>A non-negative JSON number.</summary>
    public decimal? Amount(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a number, not {value.GetRawText()}.");
            return null;
        }
        if (amount < 0)
        {
            issues.Add(IssueCodes.NegativeAmount, path, $"{path} is negative ({amount.ToString(CultureInfo.InvariantCulture)}).");
            return null;
        }
        return amount;
    }

    public bool TryRequiredObject(JsonElement owner, string name, string path, out JsonElement value)
    {
        if (!TryGet(owner, name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is missing.");
            return false;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a JSON object.");
            return false;
        }
        return true;
    }

    public List<T> RequiredArray<T>(JsonElement owner, string name, string path, Func<JsonElement, string, T?> map)
    {
        var items = new List<T>();
        if (!TryGet(owner, name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            issues.Add(IssueCodes.MissingField, path, $"{path} is missing.");
            return items;
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            issues.Add(IssueCodes.BadField, path, $"{path} must be a JSON array.");
            return items;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (map(element, $"{path}[{index}]") is { } item)
            {
                items.Add(item);
            }
            index++;
        }
        return items;
    }

    /// <summary>Finds a property ignoring case (an exact match wins).</summary>
    private static bool TryGet(JsonElement owner, string name, out JsonElement value)
    {
        if (owner.TryGetProperty(name, out value))
        {
            return true;
        }
        foreach (var property in owner.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }
}
