namespace OpsRhythm.Protocol.Activities;

/// <summary>The Teams client's locale, country, platform and IANA time zone.</summary>
public sealed record ClientInfoEntity(string? Locale, string? Country, string? Platform, string? Timezone);
