using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>
/// An export as an Excel workbook (.xlsx, Open XML SDK): the facts on a first sheet, then one sheet per
/// table with a bold header row. Text is stored as inline strings (Unicode, so Chinese is intact) and
/// is never a formula; text that a spreadsheet would run as one when edited (starting with = + - @)
/// gets Excel's quote prefix, so it stays text without a visible apostrophe. Numbers stay numbers.
/// </summary>
internal static class XlsxWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Style indexes of <see cref="Styles"/>.</summary>
    public const uint HeaderStyle = 1;

    public const uint QuotedTextStyle = 2;

    private const int MaxSheetName = 31;

    public static byte[] Write(ExportDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var first = new ExportTable(document.Title, [string.Empty, string.Empty], [.. document.Facts.Select(f => (IReadOnlyList<ExportCell>)[ExportCell.Of(f.Label), ExportCell.Of(f.Value)])]);
            uint id = 1;
            foreach (var table in document.Tables.Prepend(first))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Sheet(table, header: !ReferenceEquals(table, first)));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Title, names) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static SheetData Sheet(ExportTable table, bool header)
    {
        var data = new SheetData();
        uint row = 1;
        if (header)
        {
            data.Append(Row(row++, table.Columns.Select(ExportCell.Of).ToList(), HeaderStyle));
        }
        else
        {
            data.Append(Row(row++, [ExportCell.Of(table.Title)], HeaderStyle));
        }

        foreach (var cells in table.Rows)
        {
            data.Append(Row(row++, cells, null));
        }

        return data;
    }

    private static Row Row(uint index, IReadOnlyList<ExportCell> cells, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var reference = ColumnName(column) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(cell.Number is { } number
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = style }
                : new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(XmlSafe(cell.Text)) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = style ?? (cell.LooksLikeFormula ? QuotedTextStyle : null),
                });
        }

        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> taken)
    {
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim('\'', ' ');
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, MaxSheetName)];
        var name = clean;
        for (var i = 2; !taken.Add(name); i++)
        {
            var suffix = $" ({i})";
            name = clean[..Math.Min(clean.Length, MaxSheetName - suffix.Length)] + suffix;
        }

        return name;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a stray one in typed text must not break the file.</summary>
    private static string XmlSafe(string? text) =>
        text is null ? string.Empty : new string([.. text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ')]);

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { QuotePrefix = true }));
}
