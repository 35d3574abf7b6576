using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.UnitTests.Time;

/// <summary>The organisation's clock: dates are the company's (Beijing time by default), never the server's or UTC's.</summary>
public sealed class OrganisationClockTests
{
    /// <summary>23:30 UTC on 30 November is 07:30 on 1 December in Beijing: a new day, month and (here) ISO week.</summary>
    private static readonly DateTimeOffset JustBeforeMidnightUtc = new(2026, 11, 30, 23, 30, 0, TimeSpan.Zero);

    private static OrganisationProfile Company(string zone = OrganisationProfile.DefaultTimeZone) =>
        new() { CompanyName = new LocalizedText("公司", "Company"), TimeZone = zone };

    private static OrganisationClock ClockAt(DateTimeOffset instant) => new(new FakeTimeProvider(instant));

    [Fact]
    public void Today_JustBeforeMidnightUtc_IsTheOrganisationsNextDay()
    {
        var clock = ClockAt(JustBeforeMidnightUtc);

        Assert.Equal(new DateOnly(2026, 12, 1), clock.Today(Company()));
        Assert.Equal(new DateOnly(2026, 12, 1), clock.MonthStart(Company()));
        Assert.Equal(new CalendarWeek(2026, 49), clock.Week(Company()));
        Assert.Equal(JustBeforeMidnightUtc, clock.UtcNow);
        Assert.Equal(TimeSpan.FromHours(8), clock.Now(Company()).Offset);
    }

    [Fact]
    public void Today_InAZoneBehindUtc_IsStillTheUtcDay()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), ClockAt(JustBeforeMidnightUtc).Today(Company("America/New_York")));
    }

    [Fact]
    public void NowFor_PersonWithOwnZone_UsesTheirZoneAndOthersTheOrganisations()
    {
        var organisation = new OrganisationProfile
        {
            CompanyName = new LocalizedText("公司", "Company"),
            People = [new Person("p-london", new LocalizedText("伦敦", "London")) { TimeZone = "Europe/London" }],
        };
        var clock = ClockAt(JustBeforeMidnightUtc);

        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(clock.NowFor(organisation, "p-london").DateTime));
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(clock.NowFor(organisation, "p-unknown").DateTime));
    }

    [Fact]
    public void Today_UnknownOrganisationZone_FallsBackToBeijingNotUtc()
    {
        // PlanClock used to fall back to UTC here, which moved the date at 08:00 Beijing time.
        Assert.Equal(new DateOnly(2026, 12, 1), ClockAt(JustBeforeMidnightUtc).Today(Company("Mars/Olympus_Mons")));
    }

    [Fact]
    public void TryFind_UnknownOrEmptyZone_IsFalseWithoutFallback()
    {
        Assert.False(OrganisationZones.TryFind("Mars/Olympus_Mons", out _));
        Assert.False(OrganisationZones.TryFind(" ", out _));
        Assert.True(OrganisationZones.TryFind("Asia/Shanghai", out var zone));
        Assert.Equal("Asia/Shanghai", zone.Id);
    }

    [Fact]
    public void LastCompleteMonth_OnTheOrganisationsFirstOfMonth_IsThePreviousMonth()
    {
        var today = ClockAt(JustBeforeMidnightUtc).Today(Company());

        Assert.Equal(Period.Month(2026, 11), Period.LastCompleteMonth(today));
    }
}
