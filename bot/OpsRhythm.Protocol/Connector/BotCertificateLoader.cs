using System.Security.Cryptography.X509Certificates;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Protocol.Connector;

/// <summary>Loads the bot's client certificate from a file (PFX or PEM) or from the "My" store by thumbprint.</summary>
internal static class BotCertificateLoader
{
    public static X509Certificate2 Load(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MicrosoftAppCertificatePath is { Length: > 0 } path)
        {
            return path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
                ? X509Certificate2.CreateFromPemFile(path)
                : X509CertificateLoader.LoadPkcs12FromFile(path, options.MicrosoftAppCertificatePassword);
        }

        var thumbprint = options.MicrosoftAppCertificateThumbprint
            ?? throw new InvalidOperationException("Set MicrosoftAppCertificatePath or MicrosoftAppCertificateThumbprint.");
        return FindByThumbprint(thumbprint)
            ?? throw new InvalidOperationException(
                $"MicrosoftAppCertificateThumbprint '{thumbprint}' is in neither the CurrentUser nor the LocalMachine 'My' store.");
    }

    public static X509Certificate2? FindByThumbprint(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            try
            {
                using var store = new X509Store(StoreName.My, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
                if (found.Count > 0)
                {
                    return found[0];
                }
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // A store that does not exist on this platform (LocalMachine on Linux) simply holds nothing.
            }
        }

        return null;
    }
}
