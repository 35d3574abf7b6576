namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// How the bot proves who it is, as in the Azure Bot resource. Multi-tenant registrations are not offered:
/// new ones were deprecated on 2025-07-31.
/// </summary>
public enum MicrosoftAppType
{
    /// <summary>An app registration in one tenant, with a client secret or a certificate.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity; MicrosoftAppId is its client id.</summary>
    UserAssignedMSI,
}
