namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>The department, plan task or risk an action item is about (<see cref="Id"/> is that item's id; <see cref="Label"/> its name when recorded).</summary>
public sealed record ActionItemLink(ActionItemLinkKind Kind, string Id)
{
    public string? Label { get; init; }
}
