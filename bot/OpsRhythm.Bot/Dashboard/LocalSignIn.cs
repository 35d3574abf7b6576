using System.Net;
using Microsoft.AspNetCore.DataProtection;
using OpsRhythm.Bot.Hosting;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The stand-in for Teams SSO in a local run (no app id, the same guard as "act as"): a loopback browser
/// picks a sample person and gets a cookie protected by ASP.NET Core data protection that names them.
/// </summary>
internal sealed class LocalSignIn(IConfiguration configuration, IDataProtectionProvider protection)
{
    public const string CookieName = "opsrhythm-dashboard-local";

    private readonly IDataProtector _protector = protection.CreateProtector("OpsRhythm.Dashboard.LocalSignIn");

    /// <summary>Only a local run, and only for a caller on this machine.</summary>
    public bool IsAvailable(HttpContext context)
    {
        return LocalRun.IsEnabled(configuration) && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
    }

    public void SignIn(HttpContext context, string personId)
    {
        context.Response.Cookies.Append(CookieName, _protector.Protect(personId), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = DashboardEndpoints.BasePath,
            IsEssential = true,
        });
    }

    public static void SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = DashboardEndpoints.BasePath });
    }

    /// <summary>The person id the cookie names; null without a valid cookie or outside a local run.</summary>
    public string? PersonId(HttpContext context)
    {
        if (!IsAvailable(context) || !context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
