namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>What a spreadsheet stored in a cell, as far as reading figures is concerned.</summary>
internal enum CellKind : byte
{
    /// <summary>Text as typed (every CSV cell; a spreadsheet's string cell).</summary>
    Text,

    /// <summary>A number; <see cref="TableCell.Text"/> is its invariant decimal text.</summary>
    Number,

    /// <summary>A date or time; <see cref="TableCell.Text"/> is what the person saw, as a UK date ("30/09/2024").</summary>
    Date,

    /// <summary>A formula whose result is an error; <see cref="TableCell.Text"/> is the error ("#REF!").</summary>
    Error,

    /// <summary>A formula saved without its result (written by a program that does not calculate).</summary>
    UncalculatedFormula,
}

/// <summary>One cell as read: its text and what kind of value the file stored.</summary>
/// <remarks>A CSV cell is a slice of the file's text, made a string only when <see cref="Text"/> is asked for: most
/// cells are only parsed as numbers or compared with the plan, through <see cref="Span"/>.</remarks>
internal readonly struct TableCell
{
    /// <summary>An empty cell (as is <c>default</c>).</summary>
    public static readonly TableCell Blank = default;

    private readonly string? source;
    private readonly int start;
    private readonly int length;

    public TableCell(string text, CellKind kind = CellKind.Text)
    {
        this.source = text;
        this.start = 0;
        this.length = text.Length;
        Kind = kind;
    }

    /// <summary>The text cell <paramref name="source"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public TableCell(string source, int start, int length)
    {
        this.source = source;
        this.start = start;
        this.length = length;
        Kind = CellKind.Text;
    }

    public CellKind Kind { get; }

    public bool IsNumber => Kind == CellKind.Number;

    public string Text => this.source is null ? "" : this.length == this.source.Length ? this.source : this.source.Substring(this.start, this.length);

    public ReadOnlySpan<char> Span => this.source.AsSpan(this.start, this.length);

    /// <summary>Empty or spaces only; a formula without a saved result is not blank (its value is unknown).</summary>
    public bool IsBlank => Kind != CellKind.UncalculatedFormula && CellText.IsBlank(Span);
}
