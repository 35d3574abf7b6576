namespace OpsRhythm.Cards.Model;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }
}

/// <summary>A column; <see cref="Width"/> is "auto", "stretch" or a weight such as "2".</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type { get; } = "Column";
    public string? Width { get; init; }
    public ContainerStyle? Style { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public Spacing? Spacing { get; init; }
}
