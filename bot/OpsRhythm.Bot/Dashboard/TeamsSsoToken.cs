namespace OpsRhythm.Bot.Dashboard;

/// <summary>Who a valid Teams SSO token names: the Entra object id and the sign-in name, in the token's tenant (the configured one).</summary>
internal sealed record TeamsSsoToken(string? ObjectId, string? UserPrincipalName)
{
    public string? TenantId { get; init; }
}
