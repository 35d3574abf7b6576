using System.Security.Cryptography;

namespace OpsRhythm.Protocol.Auth;

/// <summary>
/// A published key a token names by its kid: its RSA public key (used only to verify; shared by concurrent
/// requests, which the platform's RSA allows for public-key operations) and the channels it is endorsed for.
/// </summary>
public sealed record SigningKeyMatch(RSA Key, IReadOnlySet<string> Endorsements);
