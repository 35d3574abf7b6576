using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The meetings' open action items, kept in memory: a page load reads no partition for them. The meetings
/// feature registers its cache here (Meetings/Minutes/OpenActionItems).
/// </summary>
internal interface IOpenActionItems
{
    Task<IReadOnlyList<ActionItem>> GetAsync(CancellationToken cancellationToken);
}
