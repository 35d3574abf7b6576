using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Improvement;

/// <summary>"suggest" / "建议" [problem]: the improvement suggestion card, open to every employee.</summary>
internal sealed class SuggestCommand : IChatCommand
{
    public string Name => "suggest";

    public string HelpTextKey => "Improvement.Help.Suggest";

    public IReadOnlyList<string> Phrases { get; } = ["suggest", "suggestion", "建议", "改进建议", "提建议"];

    public Role ShownTo => RoleSets.Everyone;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var typed = string.IsNullOrWhiteSpace(arguments) ? null : new Dictionary<string, string> { ["problem"] = arguments.Trim() };
        turn.ReplyCard(SuggestionFormCard.Build(turn.Text, typed));
        return Task.CompletedTask;
    }
}
