using System.Globalization;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// One field of the CSV export, quoted (RFC 4180). Text a spreadsheet would run as a formula (starting
/// with = + - @, a tab or a carriage return) gets a leading apostrophe: a risk description typed as
/// "=HYPERLINK(...)" must stay text when the ops office opens the export in Excel. Numbers are never touched.
/// </summary>
internal readonly record struct CsvCell(string Value)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static CsvCell Text(string? value) =>
        new(value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value ?? string.Empty);

    public static CsvCell Number(double? value) =>
        new(value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty);

    public string Quoted => "\"" + Value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
