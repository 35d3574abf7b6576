using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>
/// Saving the organisation's forms through the card pipeline: the card's version against the stored one,
/// <see cref="OrganisationAdministration"/>'s decision, the profile and its audit entry in one batch. A stale
/// or invalid save redraws the form with what the user typed; a saved one shows the organisation card.
/// </summary>
internal sealed class OrganisationSaveHandler(IOrganisationDirectory directory, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [OrganisationVerbs.SaveDepartment] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SavePerson] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SaveSettings] = VerbAccess.Company(Role.Administrator),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var request = card.Request;
        switch (card.Verb)
        {
            case OrganisationVerbs.SaveDepartment:
                var department = OrganisationFormReader.Department(request);
                return await SaveAsync(card, department, department.Id, OrganisationAdministration.SaveDepartment, OrganisationForms.Department, cancellationToken);
            case OrganisationVerbs.SavePerson:
                var person = KeepTeamsAccount(await directory.GetAsync(cancellationToken), OrganisationFormReader.Person(request));
                return await SaveAsync(card, person, person.Id, OrganisationAdministration.SavePerson, OrganisationForms.Person, cancellationToken);
            default:
                return await SaveAsync(card, OrganisationFormReader.Settings(request), "settings", OrganisationAdministration.SaveSettings, OrganisationForms.Settings, cancellationToken);
        }
    }

    private Task<CardActionResult> SaveAsync<TEdit>(
        CardTurn card,
        TEdit edit,
        string entityId,
        Func<OrganisationProfile, Person?, TEdit, Decision<OrganisationProfile>> decide,
        Func<Localizer, StoredDocument<OrganisationProfile>, TEdit, Rejection?, string?, CardActionResult> redraw,
        CancellationToken cancellationToken) =>
        pipeline.ChangeAsync(card, OrganisationChange.Of<TEdit>(
            directory,
            card,
            nameof(OrganisationProfile),
            () => entityId,
            read: _ => CommandRead.Ok(edit),
            decide: (profile, command) => decide(profile, card.Actor, command),
            show: (stored, note, _) => Task.FromResult(
                note.Rejection is { } rejection ? redraw(card.Text, stored, edit, rejection, RejectionText.Describe(rejection, card.Text))

                // Drawn from an older organisation, or someone saved first: the form again on the current one, with what was typed.
                : note.Notice == CardAnswers.StaleNotice(card) ? redraw(card.Text, stored, edit, null, note.Notice)
                : OrganisationAdminHandler.Show(card, stored, note.Notice)),
            done: _ => card.Text["Organisation.Saved"]), cancellationToken);

    /// <summary>The form no longer carries the Teams account (it comes from the roster): an edit keeps the stored one.</summary>
    private static PersonEdit KeepTeamsAccount(OrganisationProfile profile, PersonEdit edit) =>
        edit.TeamsUserId is null && !edit.IsNew && profile.FindPerson(edit.Id) is { } known ? edit with { TeamsUserId = known.TeamsUserId } : edit;
}
