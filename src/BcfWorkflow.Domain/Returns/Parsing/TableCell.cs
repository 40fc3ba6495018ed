namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>One cell as read: its text, and whether a spreadsheet stored it as a number (then Text is invariant decimal).</summary>
/// <remarks>A CSV cell is a slice of the file's text, made a string only when <see cref="Text"/> is asked for: most
/// cells are only parsed as numbers or compared with the plan, through <see cref="Span"/>. 16 bytes: a table keeps
/// every cell of a return in one array, so the flag shares a word with the length.</remarks>
internal readonly struct TableCell
{
    /// <summary>An empty cell (as is <c>default</c>).</summary>
    public static readonly TableCell Blank = default;

    private const uint NumberFlag = 1u << 31;

    private readonly string? _source;
    private readonly int _start;
    private readonly uint _lengthAndFlag;

    public TableCell(string Text, bool IsNumber = false)
    {
        _source = Text;
        _start = 0;
        _lengthAndFlag = (uint)Text.Length | (IsNumber ? NumberFlag : 0);
    }

    /// <summary>The cell <paramref name="source"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public TableCell(string source, int start, int length)
    {
        _source = source;
        _start = start;
        _lengthAndFlag = (uint)length;
    }

    public bool IsNumber => (_lengthAndFlag & NumberFlag) != 0;

    private int Length => (int)(_lengthAndFlag & ~NumberFlag);

    public string Text => _source is null ? "" : Length == _source.Length ? _source : _source.Substring(_start, Length);

    public ReadOnlySpan<char> Span => _source.AsSpan(_start, Length);

    public bool IsBlank => CellText.IsBlank(Span);
}
