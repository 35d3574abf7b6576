namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>One cell of an exported table: text (already in the reader's language) or a number.</summary>
internal readonly record struct ExportCell(string? Text, double? Number)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static ExportCell Of(string? text) => new(text ?? string.Empty, null);

    public static ExportCell Of(double? number) => number is null ? new(string.Empty, null) : new(null, number);

    public bool IsNumber => Number is not null;

    /// <summary>Text a spreadsheet would run as a formula when typed: it is written as text that stays text (quote prefix).</summary>
    public bool LooksLikeFormula => Text is { Length: > 0 } t && FormulaStarts.Contains(t[0]);

    public string Display(System.Globalization.CultureInfo culture) =>
        Number is { } n ? n.ToString("#,0.####", culture) : Text ?? string.Empty;
}
