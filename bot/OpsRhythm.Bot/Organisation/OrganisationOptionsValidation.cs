using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// Checked at start: every administrator is an object id or a UPN, and a production start that would
/// create an empty organisation names at least one, or nobody could ever set the company up.
/// </summary>
internal sealed partial class OrganisationOptionsValidation(IConfiguration configuration) : IValidateOptions<OrganisationOptions>
{
    public ValidateOptionsResult Validate(string? name, OrganisationOptions options)
    {
        var errors = options.Administrators
            .Where(a => !IsObjectId(a) && !IsUserPrincipalName(a))
            .Select(a => $"Organisation:Administrators: '{a}' is neither an Entra object id nor a user principal name (name@domain).")
            .ToList();
        if (StartsEmpty(options, configuration) && options.Administrators.Count == 0)
        {
            errors.Add("Organisation:Administrators is required: the organisation starts empty in production, and only the administrators named there "
                + "(Entra object ids or UPNs, e.g. Organisation__Administrators__0=it.admin@contoso.com) can set it up. "
                + "Set Organisation:SampleData=true for a demonstration with the sample company instead.");
        }

        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }

    /// <summary>No seed file and no sample company: the organisation is created empty.</summary>
    public static bool StartsEmpty(OrganisationOptions options, IConfiguration configuration)
    {
        return string.IsNullOrWhiteSpace(options.SeedFile) && !UsesSample(options, configuration);
    }

    public static bool UsesSample(OrganisationOptions options, IConfiguration configuration)
    {
        return options.SampleData ?? LocalRun.IsEnabled(configuration);
    }

    /// <summary>A GUID; the Playground's made-up ids are GUID-like hex with one digit too many, so hex and dashes of about that length pass.</summary>
    public static bool IsObjectId(string value) => ObjectIdPattern().IsMatch(value);

    public static bool IsUserPrincipalName(string value) => UpnPattern().IsMatch(value);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,13}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectIdPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UpnPattern();
}
