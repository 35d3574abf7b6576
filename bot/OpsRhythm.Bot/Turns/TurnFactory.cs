using System.Text.RegularExpressions;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>Builds a <see cref="Turn"/>: the organisation, the actor and the reader's language.</summary>
public sealed partial class TurnFactory(IOrganisationDirectory organisation, IActorResolver actors, ClientLocales locales, AdministratorEnrolment enrolment)
{
    public async Task<Turn> CreateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
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
        return new Turn
        {
            Activity = activity,
            Organisation = profile,
            Actor = identity.Actor,
            ActingAsFrom = identity.ActingAsFrom,
            Text = Localizer.For(Language(activity, reader, profile)),
        };
    }

    /// <summary>
    /// One language per person. What they type decides the turn (and is remembered for their clicks and
    /// events); otherwise the language last remembered for them, then their recorded locale, then the
    /// organisation's default. The event's own locale never decides: some clients stamp install and
    /// welcome events, and every card click, en-US whoever the user is.
    /// </summary>
    private string Language(Activity activity, Person? reader, OrganisationProfile profile)
    {
        var userId = activity.From?.Id;
        if (activity.Type == ActivityTypes.Message && TypedLanguage(activity.Text, activity.EffectiveLocale) is { } typed)
        {
            if (userId is not null)
            {
                locales.Remember(userId, typed);
            }

            return typed;
        }

        return (userId is null ? null : locales.LastOf(userId)) ?? reader?.Locale ?? profile.DefaultLanguage;
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
