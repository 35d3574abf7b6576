using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// One time a scheduled meeting takes place: a week of the weekly meeting (no <see cref="Topic"/>, its
/// subject is the localized weekly name) or a coordination meeting's chosen slot.
/// </summary>
internal sealed record MeetingOccurrence(string MeetingId, string? Topic, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl, IReadOnlyList<string> PersonIds)
{
    public bool IsWeekly => Topic is null;

    public string Subject(Localizer text)
    {
        return Topic ?? text["Meetings.Weekly.Subject"];
    }
}
