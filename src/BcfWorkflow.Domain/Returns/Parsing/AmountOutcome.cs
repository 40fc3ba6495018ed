namespace BcfWorkflow.Domain.Returns.Parsing;

/// <summary>What reading a figure's cell gave.</summary>
internal enum AmountOutcome
{
    Ok,
    Blank,
    NotAnAmount,
    Negative,

    /// <summary>Text that reads as one number in UK style and another in continental style, in a file that does not
    /// show which it uses ("1,272").</summary>
    Ambiguous,

    /// <summary>Text that only the convention the file does not use can read (a decimal comma in a UK-style file).</summary>
    OtherConvention,

    /// <summary>A date, where a number belongs.</summary>
    Date,

    /// <summary>A formula whose result is an error (#REF!, #DIV/0!).</summary>
    FormulaError,

    /// <summary>A formula saved without its result.</summary>
    UncalculatedFormula,
}
