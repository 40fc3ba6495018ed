using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace BcfWorkflow.Orchestrations.Emails;

/// <summary>A letter built once from blocks and written twice, as plain text and as simple GOV.UK-like HTML, so the
/// two parts always say the same thing. Every piece of text is HTML-encoded here, in one place: names, reasons and
/// warnings come from people and files.</summary>
internal sealed class Letter
{
    // Inline styles: many email clients drop <style> blocks. GOV.UK colours: text #0b0c0c, links #1d70b8,
    // borders #b1b4b6, secondary text #505a5f.
    private const string Paragraph = "margin:0 0 20px 0;";
    private const string Heading = "margin:30px 0 15px 0;font-size:24px;line-height:1.25;font-weight:bold;";
    private const string ListStyle = "margin:0 0 20px 0;padding-left:25px;";
    private const string Item = "margin:0 0 5px 0;";
    private const string Inset = "margin:0 0 20px 0;padding:10px 0 10px 15px;border-left:10px solid #b1b4b6;";
    private const string LinkStyle = "color:#1d70b8;text-decoration:underline;";
    private const string TableStyle = "border-collapse:collapse;margin:0 0 20px 0;font-size:16px;";
    private const string Cell = "padding:8px 15px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top;";
    private const string Small = "margin:30px 0 0 0;font-size:16px;color:#505a5f;";

    // Encodes < > & ' " and control characters, but keeps £ and letters readable in the source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly List<Block> blocks = [];

    public Letter Para(string text) => Add(new ParaBlock(text));

    public Letter Heading2(string text) => Add(new HeadBlock(text));

    public Letter Bullets(IEnumerable<string> items) => Add(new ListBlock(false, [.. items]));

    public Letter Steps(IEnumerable<string> items) => Add(new ListBlock(true, [.. items]));

    /// <summary>Someone's words, quoted as they wrote them (line breaks kept).</summary>
    public Letter Quote(string text) => Add(new QuoteBlock(text));

    /// <summary>A link on its own line: "label: address" in text, the label as a link in HTML.</summary>
    public Letter Link(string label, Uri url) => Add(new LinkBlock(label, url));

    /// <summary>A table in HTML; in text, one bullet line per row (<see cref="TableRow.Text"/>), which reads better than
    /// columns in a proportional font.</summary>
    public Letter Table(IReadOnlyList<string> headers, IReadOnlyList<TableRow> rows, int firstNumericColumn = int.MaxValue) =>
        Add(new TableBlock(headers, rows, firstNumericColumn));

    /// <summary>A closing note in smaller, grey type.</summary>
    public Letter Footnote(string text) => Add(new NoteBlock(text));

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParaBlock p: text.AppendJoin('\n', Lines(p.Text)).Append('\n'); break;
                case NoteBlock n: text.Append(n.Text).Append('\n'); break;
                case HeadBlock h: text.Append(h.Text).Append('\n'); break;
                case ListBlock l:
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        text.Append(l.Numbered ? $"{i + 1}. " : "- ").Append(l.Items[i]).Append('\n');
                    }
                    break;
                case QuoteBlock q:
                    foreach (var line in Lines(q.Text))
                    {
                        text.Append("> ").Append(line).Append('\n');
                    }
                    break;
                case LinkBlock k: text.Append(k.Label).Append(": ").Append(k.Url.AbsoluteUri).Append('\n'); break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        text.Append("- ").Append(row.Text).Append('\n');
                    }
                    break;
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    public string ToHtml(string title)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
            .Append("<div style=\"max-width:640px;margin:0 auto;padding:20px;font-family:Arial,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;\">\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParaBlock p: html.Append(Tag("p", Paragraph, Encoded(p.Text))); break;
                case NoteBlock n: html.Append(Tag("p", Small, Html.Encode(n.Text))); break;
                case HeadBlock h: html.Append(Tag("h2", Heading, Html.Encode(h.Text))); break;
                case ListBlock l:
                    var tag = l.Numbered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append(" style=\"").Append(ListStyle).Append("\">\n");
                    foreach (var item in l.Items)
                    {
                        html.Append(Tag("li", Item, Html.Encode(item)));
                    }
                    html.Append("</").Append(tag).Append(">\n");
                    break;
                case QuoteBlock q:
                    html.Append(Tag("blockquote", Inset, Encoded(q.Text)));
                    break;
                case LinkBlock k:
                    var anchor = $"<a href=\"{Html.Encode(k.Url.AbsoluteUri)}\" style=\"{LinkStyle}\">{Html.Encode(k.Label)}</a>";
                    html.Append(Tag("p", Paragraph, anchor));
                    break;
                case TableBlock t: AppendTable(html, t); break;
            }
        }
        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        string Style(int column, bool header) =>
            Cell + (column >= table.FirstNumericColumn ? "text-align:right;" : "text-align:left;") + (header ? "font-weight:bold;" : "");
        html.Append("<table style=\"").Append(TableStyle).Append("\">\n<thead>\n<tr>");
        for (var c = 0; c < table.Headers.Count; c++)
        {
            html.Append($"<th scope=\"col\" style=\"{Style(c, true)}\">{Html.Encode(table.Headers[c])}</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = c == 0 ? "th scope=\"row\"" : "td";
                html.Append($"<{cell} style=\"{Style(c, false)}\">{Html.Encode(row.Cells[c])}</{cell.Split(' ')[0]}>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Tag(string tag, string style, string encodedContent) => $"<{tag} style=\"{style}\">{encodedContent}</{tag}>\n";

    /// <summary>Encoded, with the text's line breaks kept as &lt;br&gt;.</summary>
    private static string Encoded(string text) => string.Join("<br>\n", Lines(text).Select(Html.Encode));

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private Letter Add(Block block)
    {
        blocks.Add(block);
        return this;
    }

    private abstract record Block;

    private sealed record ParaBlock(string Text) : Block;

    private sealed record HeadBlock(string Text) : Block;

    private sealed record ListBlock(bool Numbered, IReadOnlyList<string> Items) : Block;

    private sealed record QuoteBlock(string Text) : Block;

    private sealed record LinkBlock(string Label, Uri Url) : Block;

    private sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows, int FirstNumericColumn) : Block;

    private sealed record NoteBlock(string Text) : Block;
}

/// <summary>A row of a <see cref="Letter"/> table: its cells (HTML) and the same row as a sentence (text).</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, string Text);
