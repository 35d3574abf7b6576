namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>One sheet of a workbook and one table of the printable page: a title, its column headers and rows.</summary>
internal sealed record ExportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);
