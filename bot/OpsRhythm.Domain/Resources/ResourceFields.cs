namespace OpsRhythm.Domain.Resources;

/// <summary>The input ids of the resource card, shared by the Domain's field errors, the card (inputs) and the handler (reads).</summary>
public static class ResourceFields
{
    public const string Department = "department";
    public const string Month = "resMonth";
    public const string Budget = "resBudget";
    public const string Headcount = "resHeadcount";
    public const string Note = "resNote";
}
