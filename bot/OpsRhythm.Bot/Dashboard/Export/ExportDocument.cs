namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>What an export holds, in the reader's language: a title, facts under it and its tables.</summary>
internal sealed record ExportDocument(string Title, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<ExportTable> Tables)
{
    /// <summary>The file name without extension, ASCII (Content-Disposition), e.g. "opsrhythm-monthly-2027-01-sales".</summary>
    public required string FileName { get; init; }
}
