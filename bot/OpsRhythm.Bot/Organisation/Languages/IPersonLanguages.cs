using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Organisation.Languages;

/// <summary>Where the language each person last typed in is kept (see <see cref="RememberedLanguages"/>).</summary>
internal interface IPersonLanguages
{
    /// <summary>Everyone's language as <see cref="RecipientLanguages"/> decides it, for this organisation.</summary>
    Task<RecipientLanguages> ForAsync(OrganisationProfile organisation, CancellationToken cancellationToken);

    /// <summary>Remembers what <paramref name="personId"/> typed in; writes only when it changed.</summary>
    Task RememberAsync(string personId, string language, CancellationToken cancellationToken);
}
