namespace OpsRhythm.Domain.Organisation;

/// <summary>A channel of the organisation's team, as the Bot Connector lists it, so the administrator picks channels by name.</summary>
public sealed record TeamChannel(string Id, string Name);
