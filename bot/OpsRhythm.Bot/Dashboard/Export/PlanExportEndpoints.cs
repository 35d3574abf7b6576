using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>
/// A plan as an Excel workbook (/dashboard/api/plan.xlsx) or a printable page (/dashboard/api/plan.html),
/// with the dashboard's sign-in and scope: <c>department</c> = that department's plan (its head, the
/// ops office, leadership; 403 for anyone else); none = the published company plan (the ops office and
/// leadership; 409 before publication). The cycle is <c>cycle</c>, else the month of <c>period</c>, else this month.
/// </summary>
internal static class PlanExportEndpoints
{
    public static RouteGroupBuilder MapPlanExports(this RouteGroupBuilder group)
    {
        group.MapGet("/api/plan.xlsx", async (HttpContext context, DashboardSignIn signIn, PlanDocuments documents, IOrganisationDirectory directory, OrganisationClock clock, CancellationToken cancellationToken) =>
        {
            var (document, error) = await ReadAsync(context, signIn, documents, directory, clock, cancellationToken);
            return error ?? Results.File(XlsxWorkbook.Write(document!), XlsxWorkbook.ContentType, document!.FileName + ".xlsx");
        });
        group.MapGet("/api/plan.html", async (HttpContext context, DashboardSignIn signIn, PlanDocuments documents, IOrganisationDirectory directory, OrganisationClock clock, CancellationToken cancellationToken) =>
        {
            var (document, error) = await ReadAsync(context, signIn, documents, directory, clock, cancellationToken);
            return error ?? Results.Content(PrintablePage.Render(document!, DashboardLocale.For(context.Request)), PrintablePage.ContentType);
        });
        return group;
    }

    private static async Task<(ExportDocument? Document, IResult? Error)> ReadAsync(
        HttpContext context, DashboardSignIn signIn, PlanDocuments documents, IOrganisationDirectory directory, OrganisationClock clock, CancellationToken cancellationToken)
    {
        var text = DashboardLocale.For(context.Request);
        var outcome = await signIn.ResolveAsync(context, cancellationToken);
        if (outcome.Viewer is not { } viewer)
        {
            return outcome.UnknownPerson
                ? (null, DashboardEndpoints.Problem(StatusCodes.Status403Forbidden, "unknown-person", text["Dashboard.Error.UnknownPerson"]))
                : (null, DashboardEndpoints.Problem(StatusCodes.Status401Unauthorized, "sign-in", text["Dashboard.Error.SignIn"]));
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var query = context.Request.Query;
        if (CycleId(query["cycle"].ToString(), query["period"].ToString(), clock.Today(organisation)) is not { } cycleId)
        {
            return (null, DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "cycle", "cycle must be a plan cycle id (monthly-yyyy-MM, quarterly-yyyy-Qn, annual-yyyy) or period a month, yyyy-MM."));
        }

        var scope = DepartmentScope.For(viewer.Person, organisation);
        var department = query["department"].ToString() is { Length: > 0 } d ? d : null;
        if (department is null ? !scope.WholeCompany : !scope.MaySee(department))
        {
            return (null, DashboardEndpoints.Problem(StatusCodes.Status403Forbidden, "forbidden", text["Dashboard.Error.Forbidden"]));
        }

        var notFound = DashboardEndpoints.Problem(StatusCodes.Status404NotFound, "not-found", text["Dashboard.Error.NoPlan"]);
        if (await documents.CycleAsync(cycleId, cancellationToken) is not { } cycle)
        {
            return (null, notFound);
        }

        if (department is not null)
        {
            return await documents.PlanAsync(cycleId, department, cancellationToken) is { } plan
                ? (PlanExport.Department(cycle.Value, plan.Value, organisation, text), null)
                : (null, notFound);
        }

        if (cycle.Value.State != PlanCycleState.Published || await documents.CompanyAsync(cycleId, cancellationToken) is not { } company)
        {
            return (null, DashboardEndpoints.Problem(StatusCodes.Status409Conflict, "not-published", text["Dashboard.Error.NotPublished"]));
        }

        var plans = await documents.PlansAsync(cycleId, cancellationToken);
        return (PlanExport.Company(cycle.Value, company.Value, [.. plans.Select(p => p.Value)], organisation, text), null);
    }

    /// <summary>The cycle asked for, or the monthly cycle of the period (or of today); null when either is malformed.</summary>
    private static string? CycleId(string cycle, string period, DateOnly today)
    {
        if (cycle.Length > 0)
        {
            return Enum.GetValues<PlanKind>().Any(kind => cycle.StartsWith(kind.ToString().ToLowerInvariant() + "-", StringComparison.Ordinal))
                && PlanPeriod.TryParse(cycle[(cycle.IndexOf('-', StringComparison.Ordinal) + 1)..], out var parsed)
                && PlanCycle.IdFor(parsed) == cycle ? cycle : null;
        }

        if (period.Length == 0)
        {
            return PlanCycle.IdFor(PlanPeriod.Monthly(today.Year, today.Month));
        }

        return PlanPeriod.TryParse(period, out var month) && month.Kind == PlanKind.Monthly ? PlanCycle.IdFor(month) : null;
    }
}
