using System.Globalization;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// "记为行动项": an action item from a message, recorded by <see cref="ActionItemRecorder"/>, the one creation path
/// of action items (the machine's checks, audit and the owner's card in one batch). In a meeting's chat it belongs
/// to that meeting's occurrence, elsewhere to the day's chat items. The submit's activity id makes a retried
/// submit return the first item.
/// </summary>
internal sealed class RecordActionItemCommand(ActionItemRecorder recorder, MeetingOccurrenceResolver occurrences, SharedItems items) : IMessageCommand
{
    public string CommandId => ExtensionCommands.RecordActionItem;

    public VerbAccess Access { get; } = VerbAccess.Company(ActionItemMachine.RecordRoles);

    public Task<ExtensionResponse> FetchAsync(ExtensionTurn turn, ExtensionMessage? message, CancellationToken cancellationToken)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ActionItemFields.Text] = ExtensionText.FromMessage(message?.Body?.Content, message?.Body?.ContentType, ActionItemLimits.Text),
            [ActionItemFields.Deadline] = ActionItemDialogCard.DefaultDeadline(turn.Today),
        };
        if (Author(turn, message) is { } author)
        {
            typed[ActionItemFields.Owner] = author;
        }

        return Task.FromResult(Dialog(turn, typed, null));
    }

    public async Task<ExtensionResponse> SubmitAsync(ExtensionTurn turn, CardTurn card, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(card.Value(ActionItemFields.Deadline), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline))
        {
            return Dialog(turn, card.Request.Data, Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
            {
                [ActionItemFields.Deadline] = new("Minutes.Validation.BadDate"),
            }));
        }

        var link = card.Value(ActionItemFields.Department) is { } department ? new ActionItemLink(ActionItemLinkKind.Department, department) : null;
        var command = new RecordActionItem(card.Value(ActionItemFields.Text) ?? string.Empty, card.Value(ActionItemFields.Owner) ?? string.Empty, deadline, link);
        var occurrence = await occurrences.ForMeetingAsync(MeetingChat(turn), turn.Today, cancellationToken) ?? MeetingOccurrenceRef.Chat(turn.Today);
        var recorded = await recorder.RecordItemAsync(occurrence, turn.Actor, turn.Organisation, command, turn.Turn.Activity.Id, cancellationToken);
        if (recorded.Rejection is { } rejection)
        {
            return CardAnswers.IsAboutWhoActs(rejection)
                ? ExtensionResponse.Done(Cards.Common.RejectionText.Describe(rejection, turn.Text, turn.Organisation))
                : Dialog(turn, card.Request.Data, rejection);
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharedItemFields.Kind] = SharedItemKinds.ActionItem,
            [ActionData.EntityIdKey] = recorded.Stored!.Value.Id,
        };
        return await items.ReadAsync(turn.Query(null), data, cancellationToken) is { } view
            ? SharedItemResults.One(view, turn.Text)
            : ExtensionResponse.Done(turn.Text["Extension.ActionItem.Recorded"]);
    }

    /// <summary>The message's author when they are in the organisation (Teams gives their Entra object id).</summary>
    private static string? Author(ExtensionTurn turn, ExtensionMessage? message) =>
        message?.From?.User?.Id is { Length: > 0 } id
            ? turn.Organisation.People.FirstOrDefault(p => p.Id == id || p.TeamsUserId == id || string.Equals(p.AadObjectId, id, StringComparison.OrdinalIgnoreCase))?.Id
            : null;

    /// <summary>The conversation when it is a Teams meeting's chat ("19:meeting_…"), whose occurrence the item joins.</summary>
    private static string? MeetingChat(ExtensionTurn turn) =>
        turn.Turn.Activity.Conversation?.Id is { } id && id.StartsWith("19:meeting_", StringComparison.Ordinal) ? id : null;

    private ExtensionResponse Dialog(ExtensionTurn turn, IReadOnlyDictionary<string, string>? typed, Rejection? rejection) =>
        ExtensionResponse.Dialog(turn.Text["Extension.Command.RecordActionItem"], CardJson.ToElement(ActionItemDialogCard.Build(turn.Organisation, turn.Text, CommandId, typed, rejection)));
}
