using System.Globalization;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Cards.Common;

/// <summary>
/// The one way a time reaches a reader: an instant on the reader's wall clock (the organisation's zone,
/// or the person's own where known), in one format per language. zh-CN "12月7日（周一）07:39",
/// "2026年12月7日"; en-US "Mon, Dec 7, 07:39", "Dec 7, 2026". docs/cards.md is the style guide.
/// </summary>
public static class DisplayTime
{
    private static readonly string[] ChineseDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"12月7日（周一）07:39" / "Mon, Dec 7, 07:39", on <paramref name="zone"/>'s clock.</summary>
    public static string Moment(DateTimeOffset instant, TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(text);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return text.IsEnglish
            ? local.ToString("ddd, MMM d, HH:mm", En)
            : Day(DateOnly.FromDateTime(local.DateTime), text) + local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>An instant on the organisation's clock (or <paramref name="personId"/>'s own where known).</summary>
    public static string Moment(DateTimeOffset instant, OrganisationProfile organisation, Localizer text, string? personId = null) =>
        Moment(instant, OrganisationZones.Of(organisation, personId), text);

    /// <summary>"2026年12月7日" / "Dec 7, 2026".</summary>
    public static string Date(DateOnly date, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsEnglish
            ? date.ToString("MMM d, yyyy", En)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }

    /// <summary>The date an instant falls on in <paramref name="zone"/>: "2026年12月7日".</summary>
    public static string Date(DateTimeOffset instant, TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime), text);
    }

    /// <summary>"12月8日（周二）" / "Tue, Dec 8": a day close enough that the year goes without saying.</summary>
    public static string Day(DateOnly date, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsEnglish
            ? date.ToString("ddd, MMM d", En)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日（{ChineseDays[(int)date.DayOfWeek]}）");
    }

    /// <summary>"12月8日（周二）10:00–11:00" / "Tue, Dec 8, 10:00–11:00" (the end's date is added when it differs).</summary>
    public static string Range(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = TimeZoneInfo.ConvertTime(start, zone);
        var to = TimeZoneInfo.ConvertTime(end, zone);
        var until = from.Date == to.Date ? to.ToString("HH:mm", CultureInfo.InvariantCulture) : Moment(end, zone, text);
        return Moment(start, zone, text) + "–" + until;
    }

    /// <summary>A zone the way people say it: 北京时间 / China Standard Time (Beijing); other zones by their UTC offset.</summary>
    public static string ZoneName(TimeZoneInfo zone, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(text);
        var id = TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
        var key = id switch
        {
            "Asia/Shanghai" or "Asia/Chongqing" or "Asia/Harbin" or "Asia/Urumqi" or "PRC" => "Common.Zone.Beijing",
            "Asia/Hong_Kong" => "Common.Zone.HongKong",
            "Asia/Taipei" => "Common.Zone.Taipei",
            "Asia/Tokyo" => "Common.Zone.Tokyo",
            "Asia/Singapore" => "Common.Zone.Singapore",
            "Europe/London" => "Common.Zone.London",
            "Europe/Berlin" => "Common.Zone.Berlin",
            "America/New_York" => "Common.Zone.NewYork",
            "UTC" or "Etc/UTC" or "Etc/GMT" => "Common.Zone.Utc",
            _ => null,
        };
        if (key is not null)
        {
            return text[key];
        }

        var offset = zone.BaseUtcOffset;
        return string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}");
    }
}
