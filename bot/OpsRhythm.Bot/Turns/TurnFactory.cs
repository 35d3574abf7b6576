using System.Text.RegularExpressions;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Builds a <see cref="Turn"/>: the organisation, the actor and the reader's language. One language per
/// person (<see cref="RecipientLanguages"/> decides it): what they type decides the turn and is stored for
/// their clicks, events and everything the bot sends them; someone the organisation does not know reads
/// what they typed, else the organisation's default. The event's own locale never decides: some clients
/// stamp install and welcome events, and every card click, en-US whoever the user is.
/// </summary>
internal sealed partial class TurnFactory(IOrganisationDirectory organisation, IActorResolver actors, IPersonLanguages languages, AdministratorEnrolment enrolment, OrganisationClock clock)
{
    public async Task<Turn> CreateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var profile = await organisation.GetAsync(cancellationToken);
        var identity = actors.Resolve(activity, profile);
        if (identity is { Actor: null, ActingAsFrom: null } && activity.Type is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)
        {
            // A configured administrator's first contact with an organisation that does not know them yet.
            profile = await enrolment.EnrolIfAdministratorAsync(activity, profile, cancellationToken);
            identity = actors.Resolve(activity, profile);
        }

        // The language is the real user's: someone acting as a colleague keeps reading their own language.
        var reader = identity.ActingAsFrom ?? identity.Actor;
        var known = await languages.ForAsync(profile, cancellationToken);
        var language = profile.DefaultLanguage;
        if (activity.Type == ActivityTypes.Message && TypedLanguage(activity.Text, activity.EffectiveLocale) is { } typed)
        {
            language = typed;
            if (reader is not null && known.RememberedFor(reader.Id) != typed)
            {
                await languages.RememberAsync(reader.Id, typed, cancellationToken);
                known = known.With(reader.Id, typed);
            }
        }
        else if (reader is not null)
        {
            language = known.NameFor(reader);
        }

        return new Turn
        {
            Activity = activity,
            Organisation = profile,
            Actor = identity.Actor,
            ActingAsFrom = identity.ActingAsFrom,
            Text = Localizer.For(language),
            Languages = known,
            Today = clock.Today(profile),
        };
    }

    /// <summary>
    /// Chinese characters mean Chinese whatever the client says; Latin letters the language of the client
    /// they were typed on (English when it names none); "?" or an empty message says nothing. Mentions of
    /// the bot are not what the person typed.
    /// </summary>
    internal static string? TypedLanguage(string? text, string? clientLocale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = Mentions().Replace(text, string.Empty);
        if (typed.Any(c => c is >= '\u4e00' and <= '\u9fff'))
        {
            return Localizer.Chinese.Name;
        }

        if (!typed.Any(char.IsAsciiLetter))
        {
            return null;
        }

        return clientLocale is null ? Localizer.English.Name : Localizer.For(clientLocale).Culture.Name;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline, 200)]
    private static partial Regex Mentions();
}
