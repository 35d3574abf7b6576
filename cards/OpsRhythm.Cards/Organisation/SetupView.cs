using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Organisation;

/// <summary>The set-up card's input: the organisation at <see cref="Version"/>, the team the app was last added to, and a notice.</summary>
public sealed record SetupView(OrganisationProfile Profile, string Version, string? TeamName, string? Notice = null);
