using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>Finds the dashboard's viewer: the bearer token from Teams SSO first, else the local sign-in cookie.</summary>
internal sealed class DashboardSignIn(TeamsSsoValidator sso, LocalSignIn local, IOrganisationDirectory directory)
{
    public async Task<SignInOutcome> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (await sso.ValidateAsync(header["Bearer ".Length..].Trim(), cancellationToken) is not { } token)
            {
                return SignInOutcome.NotSignedIn;
            }

            return FindPerson(organisation, token) is { } person
                ? new SignInOutcome(new DashboardViewer(person, SignedInLocally: false) { Token = token }, UnknownPerson: false)
                : SignInOutcome.Unknown;
        }

        if (local.PersonId(context) is { } personId)
        {
            return organisation.FindPerson(personId) is { } person
                ? new SignInOutcome(new DashboardViewer(person, SignedInLocally: true), UnknownPerson: false)
                : SignInOutcome.Unknown;
        }

        return SignInOutcome.NotSignedIn;
    }

    /// <summary>
    /// The Entra object id is stable; the sign-in name is matched to the person's email only for people added
    /// without one. A person with an object id is that account alone: a renamed or recycled sign-in name of
    /// another account must not open their dashboard (issue 13).
    /// </summary>
    private static Person? FindPerson(OrganisationProfile organisation, TeamsSsoToken token) =>
        organisation.FindByTeamsAccount(null, token.ObjectId)
        ?? (token.UserPrincipalName is { Length: > 0 } upn
            ? organisation.People.FirstOrDefault(p => string.IsNullOrEmpty(p.AadObjectId)
                && string.Equals(p.Email, upn, StringComparison.OrdinalIgnoreCase))
            : null);
}
