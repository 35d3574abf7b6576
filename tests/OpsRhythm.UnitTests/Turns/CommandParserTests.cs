using Moq;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Turns;

public sealed class CommandParserTests
{
    private static readonly IChatCommand MonthlyPlan = Command("monthly-plan", "monthly plan", "月度计划");
    private static readonly IChatCommand Plan = Command("plan", "plan", "计划");
    private static readonly IChatCommand Help = Command("help", "help", "帮助", "?");

    private readonly CommandParser _parser = new([Plan, MonthlyPlan, Help]);

    [Theory]
    [InlineData("monthly plan 2026-12", "monthly-plan", "2026-12")]
    [InlineData("Monthly PLAN", "monthly-plan", "")]
    [InlineData("月度计划2026年12月", "monthly-plan", "2026年12月")]
    [InlineData("月度计划 销售部", "monthly-plan", "销售部")]
    [InlineData("plan 2026", "plan", "2026")]
    [InlineData("计划", "plan", "")]
    [InlineData("?", "help", "")]
    public void Parse_KnownPhrase_MatchesLongestPhraseWithArguments(string text, string expectedCommand, string expectedArguments)
    {
        var match = _parser.Parse(text);

        Assert.NotNull(match);
        Assert.Equal(expectedCommand, match.Command.Name);
        Assert.Equal(expectedArguments, match.Arguments);
    }

    [Theory]
    [InlineData("ＨＥＬＰ", "help", "")]
    [InlineData("帮助\u3000计划", "help", "计划")]
    [InlineData("\u3000 monthly\u3000plan\u00a0 销售部 ", "monthly-plan", "销售部")]
    [InlineData("？", "help", "")]
    public void Parse_FullWidthFormsAndIdeographicSpaces_MatchAsTheirAsciiForms(string text, string expectedCommand, string expectedArguments)
    {
        var match = _parser.Parse(text);

        Assert.NotNull(match);
        Assert.Equal(expectedCommand, match.Command.Name);
        Assert.Equal(expectedArguments, match.Arguments);
    }

    [Theory]
    [InlineData("helpful")]
    [InlineData("planning")]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_NoPhraseAtWordBoundary_ReturnsNull(string? text) =>
        Assert.Null(_parser.Parse(text));

    private static IChatCommand Command(string name, params string[] phrases)
    {
        var command = new Mock<IChatCommand>();
        command.SetupGet(c => c.Name).Returns(name);
        command.SetupGet(c => c.Phrases).Returns(phrases);
        command.SetupGet(c => c.ShownTo).Returns(Role.Employee);
        return command.Object;
    }
}
