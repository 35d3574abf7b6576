using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.Organisation;

/// <summary>
/// The stand-in card: every stand-in of the organisation, and a form for the principals the viewer may
/// name one for (<see cref="Principals"/>, keys as <see cref="Domain.Organisation.StandIns.StandIn.Key"/>).
/// </summary>
public sealed record StandInView(OrganisationProfile Organisation, string Version, IReadOnlyList<string> Principals, DateOnly Today)
{
    public string? Notice { get; init; }

    public Rejection? Rejection { get; init; }

    /// <summary>What was typed, shown again beside a refusal.</summary>
    public IReadOnlyDictionary<string, string>? Typed { get; init; }
}
