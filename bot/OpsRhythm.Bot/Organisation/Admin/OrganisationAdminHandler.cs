using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>
/// The organisation card's buttons: open a form, save it. A save checks the card's version against
/// the stored ETag, asks <see cref="OrganisationAdministration"/>, and writes the profile with its
/// audit event in one batch; a stale or refused save redraws the form with what the user typed.
/// </summary>
internal sealed class OrganisationAdminHandler(IOrganisationDirectory directory, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [OrganisationVerbs.Show] = VerbAccess.Company(RoleSets.Everyone),
        [OrganisationVerbs.DepartmentForm] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.PersonForm] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SettingsForm] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SaveDepartment] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SavePerson] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SaveSettings] = VerbAccess.Company(Role.Administrator),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        var stored = await directory.GetStoredAsync(cancellationToken);
        if (request.Verb == OrganisationVerbs.Show)
        {
            return Show(card, stored, null);
        }

        if (!actor.Has(Role.Administrator))
        {
            return CardAnswers.Forbidden(card, Rejection.RoleNotAllowed(Role.Administrator));
        }

        var profile = stored.Value;
        return request.Verb switch
        {
            OrganisationVerbs.DepartmentForm => DepartmentForm(turn, stored, DepartmentToEdit(profile, request.Value(OrganisationVerbs.DepartmentPick)), null, null),
            OrganisationVerbs.PersonForm => PersonForm(turn, stored, PersonToEdit(profile, request.Value(OrganisationVerbs.PersonPick)), null, null),
            OrganisationVerbs.SettingsForm => SettingsForm(turn, stored, new SettingsEdit(profile.OpsChannelId, profile.AnnouncementChannelId, profile.TimeZone, profile.DefaultLanguage), null, null),
            OrganisationVerbs.SaveDepartment => await SaveAsync(
                card, stored, OrganisationFormReader.Department(request), OrganisationAdministration.SaveDepartment, DepartmentForm, cancellationToken),
            OrganisationVerbs.SavePerson => await SaveAsync(
                card, stored, KeepTeamsAccount(profile, OrganisationFormReader.Person(request)), OrganisationAdministration.SavePerson, PersonForm, cancellationToken),
            _ => await SaveAsync(
                card, stored, OrganisationFormReader.Settings(request), OrganisationAdministration.SaveSettings, SettingsForm, cancellationToken),
        };
    }

    private async Task<CardActionResult> SaveAsync<TEdit>(
        CardTurn card,
        StoredDocument<OrganisationProfile> stored,
        TEdit edit,
        Func<OrganisationProfile, Person?, TEdit, Decision<OrganisationProfile>> decide,
        Func<Turn, StoredDocument<OrganisationProfile>, TEdit, Rejection?, string?, CardActionResult> redraw,
        CancellationToken cancellationToken)
    {
        var turn = card.Turn;
        // Drawn from an older organisation: show the form again on the current one, keeping what was typed.
        if (card.Request.Version != stored.ETag)
        {
            return redraw(turn, stored, edit, null, CardAnswers.StaleNotice(card));
        }

        var decision = decide(stored.Value, card.Actor, edit);
        if (decision.Rejection is { } rejection)
        {
            return rejection.Reason == RejectionReason.InvalidInput
                ? redraw(turn, stored, edit, rejection, RejectionText.Describe(rejection, turn.Text))
                : CardAnswers.Forbidden(card, rejection);
        }

        try
        {
            var saved = await directory.SaveAsync(decision.State!, stored.ETag, Audit(card, decision.Events), cancellationToken);
            return Show(card, saved, turn.Text["Organisation.Saved"]);
        }
        catch (DocumentPreconditionFailedException)
        {
            var current = await directory.GetStoredAsync(cancellationToken);
            return redraw(turn, current, edit, null, CardAnswers.StaleNotice(card));
        }
    }

    // Each event names the department or person it changed; an administrator acting as someone else is recorded as such.
    private IReadOnlyList<AuditEvent> Audit(CardTurn card, IReadOnlyList<WorkflowEvent> events)
    {
        var now = clock.UtcNow;
        return [.. events.SelectMany(e => AuditTrail.Of(
            nameof(OrganisationProfile),
            e.Details.GetValueOrDefault("id") ?? string.Empty,
            [card.Turn.ActingAsFrom is { } real ? e with { Details = new Dictionary<string, string>(e.Details) { ["actingAsFrom"] = real.Id } } : e],
            card.Actor.Id,
            now))];
    }

    private static CardActionResult Show(CardTurn card, StoredDocument<OrganisationProfile> stored, string? notice) =>
        CardActionResult.ShowCard(OrganisationCard.Build(new OrganisationView(stored.Value, stored.ETag, card.Actor.Has(Role.Administrator), notice), card.Text));

    private static CardActionResult DepartmentForm(Turn turn, StoredDocument<OrganisationProfile> stored, DepartmentEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(Cards.Organisation.DepartmentForm.Build(new OrganisationFormView<DepartmentEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, turn.Text));

    private static CardActionResult PersonForm(Turn turn, StoredDocument<OrganisationProfile> stored, PersonEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(Cards.Organisation.PersonForm.Build(new OrganisationFormView<PersonEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, turn.Text));

    private static CardActionResult SettingsForm(Turn turn, StoredDocument<OrganisationProfile> stored, SettingsEdit values, Rejection? rejection, string? notice) =>
        CardActionResult.ShowCard(Cards.Organisation.SettingsForm.Build(new OrganisationFormView<SettingsEdit>(stored.Value, stored.ETag, values) { Rejection = rejection, Notice = notice }, turn.Text));

    /// <summary>The form no longer carries the Teams account (it comes from the roster): an edit keeps the stored one.</summary>
    private static PersonEdit KeepTeamsAccount(OrganisationProfile profile, PersonEdit edit) =>
        edit.TeamsUserId is null && !edit.IsNew && profile.FindPerson(edit.Id) is { } known ? edit with { TeamsUserId = known.TeamsUserId } : edit;

    private static DepartmentEdit DepartmentToEdit(OrganisationProfile profile, string? departmentId) =>
        departmentId is not null && profile.FindDepartment(departmentId) is { } d
            ? new DepartmentEdit(d.Id, d.Name.ZhCn, d.Name.EnUs, d.HeadPersonId, d.ChannelId, IsNew: false)
            : new DepartmentEdit(string.Empty, string.Empty, string.Empty, null, null, IsNew: true);

    private static PersonEdit PersonToEdit(OrganisationProfile profile, string? personId) =>
        personId is not null && profile.FindPerson(personId) is { } p
            ? new PersonEdit(p.Id, p.Name.ZhCn, p.Name.EnUs, p.TeamsUserId, p.DepartmentId, p.Roles, IsNew: false)
            : new PersonEdit(string.Empty, string.Empty, string.Empty, null, null, Role.Employee, IsNew: true);
}
