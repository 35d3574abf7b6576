using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Organisation.Languages;

/// <summary>
/// The one place that decides which language a person reads, on a turn and in everything the bot sends
/// them on its own (reminders, alerts, notices, feed items): the language they last typed in, else their
/// recorded <see cref="Person.Locale"/>, else the organisation's <see cref="OrganisationProfile.DefaultLanguage"/>.
/// A Teams client's locale never decides (some stamp every event en-US whoever the user is). What many
/// people read together (channels, calendar events) is in the organisation's default.
/// </summary>
internal sealed class RecipientLanguages(OrganisationProfile organisation, IReadOnlyDictionary<string, string> remembered)
{
    private static readonly Dictionary<string, string> None = new(StringComparer.Ordinal);

    /// <summary>Without anything remembered: recorded locales and the organisation's default only.</summary>
    public static RecipientLanguages Unremembered(OrganisationProfile organisation) => new(organisation, None);

    /// <summary>The language of channels, calendar events and other texts read by several people.</summary>
    public Localizer Shared => Default(organisation);

    /// <summary>The organisation's default language: what channels and calendar events are written in.</summary>
    public static Localizer Default(OrganisationProfile organisation)
    {
        return Localizer.For(organisation.DefaultLanguage);
    }

    public Localizer For(Person person) => Localizer.For(NameFor(person));

    /// <summary>A person by id; someone not (or no longer) in the organisation reads the default.</summary>
    public Localizer For(string personId) =>
        organisation.FindPerson(personId) is { } person ? For(person) : Shared;

    public string NameFor(Person person)
    {
        return remembered.GetValueOrDefault(person.Id) ?? person.Locale ?? organisation.DefaultLanguage;
    }

    /// <summary>What the person last typed in, if anything.</summary>
    public string? RememberedFor(string personId) => remembered.GetValueOrDefault(personId);

    /// <summary>The same, with <paramref name="personId"/> now reading <paramref name="language"/> (what they just typed).</summary>
    public RecipientLanguages With(string personId, string language) =>
        new(organisation, new Dictionary<string, string>(remembered, StringComparer.Ordinal) { [personId] = language });
}
