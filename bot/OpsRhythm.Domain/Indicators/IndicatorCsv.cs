using System.Globalization;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Parses figures pasted into a card as "department,indicator,period,value" lines (a header line is
/// optional; commas, full-width commas or tabs as pasted from a spreadsheet). Every row is checked
/// on its own and every error is reported with its line, so one paste shows all the fixes needed.
/// </summary>
public static class IndicatorCsv
{
    public const int MaxRows = 500;

    private static readonly char[] Separators = [',', '，', '\t', ';'];

    /// <summary>Parses <paramref name="text"/>; <paramref name="allowedDepartments"/> are those the actor may enter figures for (a head: their own; the ops office: all).</summary>
    public static IndicatorCsvResult Parse(string? text, IndicatorCatalog catalog, IReadOnlyList<Department> departments, IReadOnlySet<string> allowedDepartments)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(allowedDepartments);
        var rows = new List<IndicatorCsvRow>();
        var errors = new List<IndicatorCsvError>();
        var seen = new Dictionary<(string, string, Period), int>();
        var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Count(l => l.Trim().Length > 0) > MaxRows + 1)
        {
            return new([], [new IndicatorCsvError(0, "Indicators.Csv.TooManyRows", MaxRows)]);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0 || (rows.Count == 0 && errors.Count == 0 && IsHeader(line)))
            {
                continue;
            }

            var cells = line.Split(Separators).Select(c => c.Trim()).ToArray();
            if (cells.Length != 4)
            {
                errors.Add(new(number, "Indicators.Csv.ColumnCount", cells.Length));
                continue;
            }

            var department = departments.FirstOrDefault(d => d.IsNamed(cells[0]));
            var indicator = catalog.Find(cells[1]);
            if (department is null)
            {
                errors.Add(new(number, "Indicators.Csv.UnknownDepartment", cells[0]));
            }
            else if (!allowedDepartments.Contains(department.Id))
            {
                errors.Add(new(number, "Indicators.Csv.NotYourDepartment", cells[0]));
            }
            else if (indicator is null)
            {
                errors.Add(new(number, "Indicators.Csv.UnknownIndicator", cells[1]));
            }
            else if (!Period.TryParse(cells[2], out var period))
            {
                errors.Add(new(number, "Indicators.Csv.BadPeriod", cells[2]));
            }
            else if (period.Frequency != indicator.Frequency)
            {
                errors.Add(new(number, "Indicators.Csv.WrongFrequency", cells[2], indicator.Id));
            }
            else if (!TryParseNumber(cells[3], out var value))
            {
                errors.Add(new(number, "Indicators.Csv.NotANumber", cells[3]));
            }
            else if (seen.TryGetValue((department.Id, indicator.Id, period), out var firstLine))
            {
                errors.Add(new(number, "Indicators.Csv.Duplicate", firstLine));
            }
            else
            {
                seen[(department.Id, indicator.Id, period)] = number;
                rows.Add(new(number, department.Id, indicator, period, value));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(0, "Indicators.Csv.Empty"));
        }

        return new(rows, errors);
    }

    /// <summary>Numbers as typed by people: "1,234.5" is not accepted (ambiguous with the separator), "85%" is 85.</summary>
    public static bool TryParseNumber(string? text, out double value)
    {
        var s = (text ?? string.Empty).Trim().TrimEnd('%', '％').Trim();
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool IsHeader(string line) =>
        line.StartsWith("department", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("dept", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("部门", StringComparison.Ordinal);
}
