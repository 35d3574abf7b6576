using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>One request of the panel's minutes API: who asks, in which language, in which meeting occurrence.</summary>
internal sealed record PanelRequest(
    Person Viewer, bool SignedInLocally, PanelAccess Access, OrganisationProfile Organisation, Localizer Text, MeetingOccurrenceRef Occurrence, string? ChatId)
{
    public required PanelMinutesReader Reader { get; init; }

    /// <summary>Makes a retried write return what the first one recorded ("panel:{person}:{Idempotency-Key}").</summary>
    public string? RequestKey { get; init; }

    public Task<(PanelMinutes Minutes, string ETag)> MinutesAsync(CancellationToken cancellationToken) =>
        Reader.ReadAsync(Occurrence, Organisation, Text, cancellationToken);
}
