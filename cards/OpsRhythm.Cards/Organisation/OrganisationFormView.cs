using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Organisation;

/// <summary>
/// An add/edit form as drawn: the profile and version it saves onto, the values shown (what the user
/// typed, when redrawn after a rejection), the rejection's field errors and a notice.
/// </summary>
public sealed record OrganisationFormView<TValues>(OrganisationProfile Profile, string Version, TValues Values)
{
    public Rejection? Rejection { get; init; }

    public string? Notice { get; init; }
}
