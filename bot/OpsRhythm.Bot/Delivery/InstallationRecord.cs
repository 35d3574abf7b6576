
namespace OpsRhythm.Bot.Delivery;

/// <summary>When the bot asked Graph to install the app for a person, and what came of it (id "install:{person}" in the person's partition "conv:{person}").</summary>
internal sealed record InstallationRecord(string PersonId, AppInstallOutcome Outcome, DateTimeOffset RequestedAt);
