namespace OpsRhythm.Cards.Model;

public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool? FirstRowAsHeader { get; init; } = true;
    public bool? ShowGridLines { get; init; }
    public ContainerStyle? GridStyle { get; init; }
}

public sealed record TableColumnDefinition(int Width);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public string Type { get; } = "TableRow";
    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    public string Type { get; } = "TableCell";
}
