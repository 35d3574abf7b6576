namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The input ids of the indicator, inspection and improvement-action cards, shared by the cards (inputs),
/// the Domain (errors keyed by field) and the handlers (reading what was posted), so each error lands
/// under its field and a renamed input cannot be read under its old name.
/// </summary>
public static class IndicatorFields
{
    public const string Department = "department";
    public const string Indicator = "indicator";
    public const string Period = "period";
    public const string Value = "value";
    public const string Kind = "kind";
    public const string Csv = "csv";
    public const string Source = "source";
    public const string Month = "month";

    // The catalog edit card.
    public const string NewId = "newId";
    public const string NameZh = "nameZh";
    public const string NameEn = "nameEn";
    public const string Group = "group";
    public const string Unit = "unit";
    public const string Direction = "direction";
    public const string Frequency = "frequency";

    // The inspection card and the improvement action card.
    public const string Date = "date";
    public const string Rating = "rating";
    public const string Findings = "findings";
    public const string Owner = "owner";
    public const string Deadline = "deadline";
    public const string Note = "note";
}
