using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Admin;

/// <summary>The organisation card and its maintenance forms (view only); saving them is <see cref="OrganisationSaveHandler"/>'s.</summary>
internal sealed class OrganisationAdminHandler(IOrganisationDirectory directory) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [OrganisationVerbs.Show] = VerbAccess.Company(RoleSets.Everyone),
        [OrganisationVerbs.DepartmentForm] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.PersonForm] = VerbAccess.Company(Role.Administrator),
        [OrganisationVerbs.SettingsForm] = VerbAccess.Company(Role.Administrator),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var stored = await directory.GetStoredAsync(cancellationToken);
        var profile = stored.Value;
        return card.Verb switch
        {
            OrganisationVerbs.DepartmentForm => OrganisationForms.Department(card.Text, stored, OrganisationForms.DepartmentToEdit(profile, card.Value(OrganisationVerbs.DepartmentPick)), null, null),
            OrganisationVerbs.PersonForm => OrganisationForms.Person(card.Text, stored, OrganisationForms.PersonToEdit(profile, card.Value(OrganisationVerbs.PersonPick)), null, null),
            OrganisationVerbs.SettingsForm => OrganisationForms.Settings(card.Text, stored, OrganisationForms.SettingsToEdit(profile), null, null),
            _ => Show(card, stored, null),
        };
    }

    public static CardActionResult Show(CardTurn card, StoredDocument<OrganisationProfile> stored, string? notice) =>
        CardActionResult.ShowCard(OrganisationCard.Build(new OrganisationView(stored.Value, stored.ETag, card.Actor.Has(Role.Administrator), notice), card.Text));
}
