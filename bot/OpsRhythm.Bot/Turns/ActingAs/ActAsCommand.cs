using OpsRhythm.Cards.Common;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns.ActingAs;

/// <summary>
/// Local runs only: "act as 李强" / "扮演 li-qiang" makes the user's next turns run as that person,
/// so one Playground user can walk a workflow as department head, ops office and leader.
/// "act as me" / "恢复身份" ends it.
/// </summary>
internal sealed class ActAsCommand(ActAsSessions sessions) : IChatCommand
{
    private static readonly string[] MeWords = ["me", "myself", "我", "自己", "我自己"];

    public string Name => "act-as";

    public string HelpTextKey => "Welcome.Command.ActAs";

    public IReadOnlyList<string> Phrases { get; } = ["act as", "扮演", "以身份"];

    public Role ShownTo => RoleSets.Everyone;

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var teamsUserId = turn.Activity.From?.Id ?? string.Empty;
        if (MeWords.Contains(arguments, StringComparer.OrdinalIgnoreCase))
        {
            turn.Reply(ActivityFactory.Text(turn.Text[sessions.Stop(teamsUserId) ? "Welcome.ActAs.Stopped" : "Welcome.ActAs.NotActing"]));
            return Task.CompletedTask;
        }

        var people = string.Join(turn.Text.IsEnglish ? ", " : "、", turn.Organisation.People
            .Where(p => p.Roles != Role.Employee)
            .Select(p => $"{p.Name.For(turn.Text.Culture)} ({p.Id})"));
        if (arguments.Length == 0)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Welcome.ActAs.Choose", people)));
            return Task.CompletedTask;
        }

        if (Find(turn.Organisation, arguments) is not { } person)
        {
            turn.Reply(ActivityFactory.Text(turn.Text.Format("Welcome.ActAs.UnknownPerson", arguments, people)));
            return Task.CompletedTask;
        }

        sessions.Start(teamsUserId, person.Id);
        turn.Reply(ActivityFactory.Text(turn.Text.Format(
            "Welcome.ActAs.Started", person.Name.For(turn.Text.Culture), RejectionText.RoleNames(person.Roles, turn.Text))));
        return Task.CompletedTask;
    }

    /// <summary>By id, Teams user id, Chinese name or English name (any case, with or without the space).</summary>
    internal static Person? Find(OrganisationProfile organisation, string nameOrId)
    {
        var wanted = nameOrId.Replace(" ", string.Empty, StringComparison.Ordinal);
        return organisation.People.FirstOrDefault(p =>
            string.Equals(p.Id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.TeamsUserId, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.Name.ZhCn, wanted, StringComparison.Ordinal)
            || string.Equals(p.Name.EnUs.Replace(" ", string.Empty, StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
