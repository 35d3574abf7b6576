namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>The team the app was last added to (id "team:current" in partition "team"): where the roster and channels are read from.</summary>
internal sealed record TeamRecord(string TeamId, string? TeamName, string ServiceUrl, string? TenantId, DateTimeOffset UpdatedAt);
