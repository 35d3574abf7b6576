using Microsoft.IdentityModel.Tokens;

namespace OpsRhythm.Protocol.Auth;

/// <summary>The published key a token names by its kid, with the channels that key is endorsed for.</summary>
internal sealed record SigningKeyMatch(SecurityKey Key, IReadOnlySet<string> Endorsements);
