using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Cards.Organisation;

/// <summary>The organisation as drawn: the profile at <see cref="Version"/>, whether the reader may edit it, and a notice.</summary>
public sealed record OrganisationView(OrganisationProfile Profile, string Version, bool CanEdit, string? Notice = null);
