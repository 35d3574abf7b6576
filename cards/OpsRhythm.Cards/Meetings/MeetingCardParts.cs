using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Meetings;

/// <summary>Pieces the meetings cards share: titles, notices, names and times in the reader's zone.</summary>
internal static class MeetingCardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };

    public static TextBlock Notice(string text) => new(text) { Color = TextColor.Good, Weight = TextWeight.Bolder };

    public static TextBlock Error(string text) => new(text) { Color = TextColor.Attention, Weight = TextWeight.Bolder };

    public static string People(OrganisationProfile organisation, IEnumerable<string> personIds, Localizer text) =>
        string.Join(text.IsEnglish ? ", " : "、", personIds.Select(id => organisation.FindPerson(id)?.Name.For(text.Culture) ?? id));

    public static string PersonName(OrganisationProfile organisation, string personId, Localizer text) =>
        organisation.FindPerson(personId)?.Name.For(text.Culture) ?? personId;

    /// <summary>"11月27日（周五）16:00 北京时间": the reader's own clock, with its zone named since attendees may sit in different ones.</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone, Localizer text) =>
        text.Format("Meetings.ZonedTime", DisplayTime.Moment(instant, zone, text), DisplayTime.ZoneName(zone, text));

    /// <summary>"12月8日（周二）10:00–11:00 北京时间".</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, Localizer text) =>
        text.Format("Meetings.ZonedTime", DisplayTime.Range(start, end, zone, text), DisplayTime.ZoneName(zone, text));
}
