using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings.Panel;

public sealed class PanelAccessTests
{
    private static readonly OrganisationProfile Organisation = SampleOrganisation.Load();

    [Theory]
    [InlineData("wang-min", true, true)]
    [InlineData("chen-jing", true, false)]
    [InlineData("zhang-wei", true, false)]
    [InlineData("sun-hao", false, false)]
    public void For_Role_WhatThePanelShowsAndWhoRecords(string personId, bool wholeCompany, bool mayRecord)
    {
        var access = PanelAccess.For(Organisation.FindPerson(personId)!, Organisation);

        Assert.Equal((wholeCompany, mayRecord), (access.WholeCompany, access.MayRecord));
    }

    [Fact]
    public void MaySee_EmployeeInACoordinationMeeting_OnlyTheirOwnDepartment()
    {
        var access = PanelAccess.For(Organisation.FindPerson("sun-hao")!, Organisation);

        Assert.True(access.MaySee("sales"));
        Assert.False(access.MaySee("finance"));
    }

    [Theory]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5ZDk4%40thread.v2/0?context=%7b%7d", "19:meeting_NjA5ZDk4@thread.v2", true)]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5ZDk4%40thread.v2/0", "19:meeting_OTHER@thread.v2", false)]
    [InlineData(null, "19:meeting_NjA5ZDk4@thread.v2", false)]
    public void Joins_TheJoinLinkCarriesTheMeetingChatsThreadId(string? joinUrl, string chatId, bool expected)
    {
        Assert.Equal(expected, PanelMeetings.Joins(joinUrl, chatId));
    }
}
