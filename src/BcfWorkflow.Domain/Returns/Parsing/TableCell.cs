namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>One cell as read: its text, and whether a spreadsheet stored it as a number (then Text is invariant decimal).</summary>
/// <remarks>A CSV cell is a slice of the file's text, made a string only when <see cref="Text"/> is asked for: most
/// cells are only parsed as numbers or compared with the plan, through <see cref="Span"/>.</remarks>
internal readonly struct TableCell
{
    public static readonly TableCell Blank = new("");

    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    public TableCell(string Text, bool IsNumber = false)
    {
        _source = Text;
        _start = 0;
        _length = Text.Length;
        this.IsNumber = IsNumber;
    }

    /// <summary>The cell <paramref name="source"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public TableCell(string source, int start, int length)
    {
        _source = source;
        _start = start;
        _length = length;
        IsNumber = false;
    }

    public bool IsNumber { get; }

    public string Text => _length == (_source?.Length ?? 0) ? _source ?? "" : _source!.Substring(_start, _length);

    public ReadOnlySpan<char> Span => _source.AsSpan(_start, _length);

    public bool IsBlank => CellText.IsBlank(Span);
}
