namespace OpsRhythm.Cards.Extension;

/// <summary>
/// The data a shared item's card carries so its refresh finds the item again (read by the refresh verb's
/// handler): the kind, the id (<c>ActionData.EntityIdKey</c>) and where it is stored.
/// </summary>
public static class SharedItemFields
{
    public const string Kind = "kind";

    /// <summary>The partition the item is read from: a plan cycle, a risk's department.</summary>
    public const string Partition = "pk";

    /// <summary>The department of a plan task (its plan is the department's in the cycle).</summary>
    public const string Department = "dept";

    /// <summary>The month of a dashboard link ("2026-12").</summary>
    public const string Period = "period";
}
