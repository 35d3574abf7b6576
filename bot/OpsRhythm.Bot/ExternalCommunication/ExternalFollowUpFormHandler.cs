using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>The list card's "record a follow-up" button: the form for the list's department (view only).</summary>
internal sealed class ExternalFollowUpFormHandler(OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ExternalCommunicationVerbs.Form] = VerbAccess.DepartmentAndMembers(ExternalFollowUpMachine.RecordRoles, r => r.Value(ExternalCommunicationFields.Department)),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal) { [ExternalCommunicationFields.Owner] = card.Actor.Id };
        if (card.Value(ExternalCommunicationFields.Department) is { } department)
        {
            typed[ExternalCommunicationFields.Department] = department;
        }

        var today = clock.Today(card.Organisation).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Task.FromResult(CardActionResult.ShowCard(ExternalFollowUpFormCard.Build(
            card.Organisation, ExternalFollowUpMachine.DepartmentsFor(card.Actor, card.Organisation), card.Text, today, typed)));
    }
}
