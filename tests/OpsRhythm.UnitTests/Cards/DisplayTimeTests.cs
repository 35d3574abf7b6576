using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.UnitTests.Cards;

public sealed class DisplayTimeTests
{
    private static readonly DateTimeOffset JustBeforeMidnightUtc = new(2026, 12, 6, 23, 39, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Beijing = OrganisationZones.Find(OrganisationProfile.DefaultTimeZone);

    [Fact]
    public void Moment_is_on_the_organisations_clock_in_each_language()
    {
        Assert.Equal("12月7日（周一）07:39", DisplayTime.Moment(JustBeforeMidnightUtc, Beijing, Localizer.ZhCn));
        Assert.Equal("Mon, Dec 7, 07:39", DisplayTime.Moment(JustBeforeMidnightUtc, Beijing, Localizer.EnUs));
    }

    [Fact]
    public void Date_is_written_out_in_each_language()
    {
        Assert.Equal("2026年12月7日", DisplayTime.Date(JustBeforeMidnightUtc, Beijing, Localizer.ZhCn));
        Assert.Equal("Dec 7, 2026", DisplayTime.Date(new DateOnly(2026, 12, 7), Localizer.EnUs));
    }

    [Fact]
    public void Range_names_the_day_once()
    {
        var start = new DateTimeOffset(2026, 12, 8, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal("12月8日（周二）10:00–11:00", DisplayTime.Range(start, start.AddHours(1), Beijing, Localizer.ZhCn));
        Assert.Equal("Tue, Dec 8, 10:00–11:00", DisplayTime.Range(start, start.AddHours(1), Beijing, Localizer.EnUs));
    }

    [Fact]
    public void Zones_are_named_the_way_people_say_them()
    {
        Assert.Equal("北京时间", DisplayTime.ZoneName(Beijing, Localizer.ZhCn));
        Assert.Equal("China Standard Time (Beijing)", DisplayTime.ZoneName(Beijing, Localizer.EnUs));
        Assert.Equal("UTC+05:30", DisplayTime.ZoneName(OrganisationZones.Find("Asia/Kolkata"), Localizer.EnUs));
    }

    [Fact]
    public void An_unknown_zone_falls_back_to_Beijing_time_not_UTC() =>
        Assert.Equal(Beijing.Id, OrganisationZones.Find("Mars/Olympus").Id);

    [Fact]
    public void Periods_have_names_not_codes()
    {
        Assert.Equal("2026年12月", PeriodNames.Of(Period.Month(2026, 12), Localizer.ZhCn));
        Assert.Equal("December 2026", PeriodNames.Of(Period.Month(2026, 12), Localizer.EnUs));
        Assert.Equal("2026年第4季度", PeriodNames.Of(Period.Quarter(2026, 4), Localizer.ZhCn));
        Assert.Equal("第50周（12月7日–13日）", PeriodNames.Week("2026-W50", Localizer.ZhCn));
        Assert.Equal("Week 50 (Dec 7–13)", PeriodNames.Week("2026-W50", Localizer.EnUs));
        Assert.Equal("第53周（12月28日–1月3日）", PeriodNames.Week("2026-W53", Localizer.ZhCn));
    }

    [Fact]
    public void The_clock_gives_the_organisations_today_and_week()
    {
        var clock = new OrganisationClock(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(JustBeforeMidnightUtc));
        var organisation = new OrganisationProfile { CompanyName = new LocalizedText("公司", "Company") };
        Assert.Equal(new DateOnly(2026, 12, 7), clock.Today(organisation));
        Assert.Equal(new CalendarWeek(2026, 50), clock.Week(organisation));
    }
}
