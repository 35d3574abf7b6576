using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Protocol.Auth;

/// <summary>Checks at start that the configured identity is complete, naming the setting that is missing.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType} (set it to the bot's Entra tenant id).");
        }

        if (options.MicrosoftAppType == MicrosoftAppType.SingleTenant)
        {
            var secrets = new[] { options.MicrosoftAppPassword, options.MicrosoftAppCertificateThumbprint, options.MicrosoftAppCertificatePath }
                .Count(s => !string.IsNullOrWhiteSpace(s));
            if (secrets == 0)
            {
                failures.Add("SingleTenant needs MicrosoftAppPassword, MicrosoftAppCertificateThumbprint or MicrosoftAppCertificatePath.");
            }
            else if (secrets > 1)
            {
                failures.Add("Set only one of MicrosoftAppPassword, MicrosoftAppCertificateThumbprint and MicrosoftAppCertificatePath.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || options.UsesCertificate)
        {
            failures.Add("UserAssignedMSI takes no MicrosoftAppPassword or certificate: the managed identity is the credential.");
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath) && !File.Exists(options.MicrosoftAppCertificatePath))
        {
            failures.Add($"MicrosoftAppCertificatePath '{options.MicrosoftAppCertificatePath}' does not exist.");
        }

        if (options.MicrosoftAppCertificateThumbprint is { Length: > 0 } thumbprint && BotCertificateLoader.FindByThumbprint(thumbprint) is null)
        {
            failures.Add($"MicrosoftAppCertificateThumbprint '{thumbprint}' is in neither the CurrentUser nor the LocalMachine 'My' store.");
        }

        foreach (var caller in options.MicrosoftAppAllowedCallerAppIds.Where(c => !Guid.TryParse(c, out _)))
        {
            failures.Add($"MicrosoftAppAllowedCallerAppIds holds '{caller}', which is not an app (client) id; list each calling app's id, no wildcards.");
        }

        if (!options.BotOpenIdMetadata.IsAbsoluteUri)
        {
            failures.Add("BotOpenIdMetadata must be an absolute URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
