using OpsRhythm.Bot.Dashboard.Export;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The tab (/dashboard, /dashboard/config), its assets, the JSON API the tab reads, the CSV and Excel
/// exports, and the plans' Excel and printable exports (<see cref="PlanExportEndpoints"/>).
/// The API answers 401 without a valid sign-in, 403 for a person the organisation does not know or a
/// department the viewer may not see in detail.
/// </summary>
internal static class DashboardEndpoints
{
    public const string BasePath = "/dashboard";

    public static WebApplication MapDashboard(this WebApplication app)
    {
        var group = app.MapGroup(BasePath);
        group.AddEndpointFilter(FramedByTeamsAsync);
        group.MapGet("/", (HttpContext context, DashboardAssets assets) => assets.Serve(context, "index.html"));
        group.MapGet("/config", (HttpContext context, DashboardAssets assets) => assets.Serve(context, "config.html"));
        group.MapGet("/assets/{name}", (HttpContext context, string name, DashboardAssets assets) => assets.Serve(context, name));
        group.MapGet("/signin", LocalSignInPage.Show);
        // The handler checks the form's antiforgery token itself (the app has no antiforgery middleware).
        group.MapPost("/signin", LocalSignInPage.SubmitAsync).DisableAntiforgery();
        group.MapPost("/signout", (HttpContext context) =>
        {
            LocalSignIn.SignOut(context);
            return Results.Redirect(BasePath + "/signin");
        }).DisableAntiforgery();
        group.MapGet("/api/texts", (HttpContext context) => Results.Ok(DashboardTexts.For(DashboardLocale.For(context.Request))));
        group.MapGet("/api/view", ViewAsync);
        group.MapGet("/api/export.csv", ExportAsync);
        group.MapGet("/api/export.xlsx", ExportXlsxAsync);
        group.MapPlanExports();
        return app;
    }

    private static async Task<IResult> ViewAsync(HttpContext context, DashboardSignIn signIn, DashboardReader reader, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var (view, error) = await ReadAsync(context, signIn, reader, directory, cancellationToken);
        return error ?? Results.Ok(view);
    }

    private static async Task<IResult> ExportAsync(HttpContext context, DashboardSignIn signIn, DashboardReader reader, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var (view, error) = await ReadAsync(context, signIn, reader, directory, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var text = DashboardLocale.For(context.Request);
        var name = $"opsrhythm-{view!.Period}{(view.Department is null ? string.Empty : "-" + view.Department)}.csv";
        var zone = OpsRhythm.Domain.Time.OrganisationZones.Of(await directory.GetAsync(cancellationToken));
        return Results.File(DashboardCsv.Write(view, text, zone), "text/csv; charset=utf-8", name);
    }

    /// <summary>The same view as an Excel workbook, one sheet per table (<see cref="DashboardExport"/>).</summary>
    private static async Task<IResult> ExportXlsxAsync(HttpContext context, DashboardSignIn signIn, DashboardReader reader, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var (view, error) = await ReadAsync(context, signIn, reader, directory, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var zone = OpsRhythm.Domain.Time.OrganisationZones.Of(await directory.GetAsync(cancellationToken));
        var document = DashboardExport.Of(view!, DashboardLocale.For(context.Request), zone);
        return Results.File(XlsxWorkbook.Write(document), XlsxWorkbook.ContentType, document.FileName + ".xlsx");
    }

    private static async Task<(DashboardView? View, IResult? Error)> ReadAsync(
        HttpContext context, DashboardSignIn signIn, DashboardReader reader, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var text = DashboardLocale.For(context.Request);
        var outcome = await signIn.ResolveAsync(context, cancellationToken);
        if (outcome.Viewer is not { } viewer)
        {
            return outcome.UnknownPerson
                ? (null, Problem(StatusCodes.Status403Forbidden, "unknown-person", text["Dashboard.Error.UnknownPerson"]))
                : (null, Problem(StatusCodes.Status401Unauthorized, "sign-in", text["Dashboard.Error.SignIn"]));
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var department = context.Request.Query["department"].ToString() is { Length: > 0 } d ? d : null;
        if (department is not null && !DepartmentScope.For(viewer.Person, organisation).MaySee(department))
        {
            return (null, Problem(StatusCodes.Status403Forbidden, "forbidden", text["Dashboard.Error.Forbidden"]));
        }

        var periodText = context.Request.Query["period"].ToString();
        PlanPeriod period;
        if (periodText.Length == 0)
        {
            var today = reader.Today(organisation);
            period = PlanPeriod.Monthly(today.Year, today.Month);
        }
        else if (!PlanPeriod.TryParse(periodText, out period) || period.Kind != PlanKind.Monthly)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "period", "period must be a month, yyyy-MM."));
        }

        var view = await reader.ReadAsync(viewer, new DashboardRequest(department, period, text), organisation, cancellationToken);
        return (DashboardTimes.Format(view, organisation, text), null);
    }

    /// <summary>The rules of every page and API the Teams tabs load (the dashboard and the meeting side panel).</summary>
    internal static async ValueTask<object?> FramedByTeamsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Teams shows the tab in a frame; only Teams and Microsoft 365 hosts may frame it.
        context.HttpContext.Response.Headers.ContentSecurityPolicy =
            "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft https://*.skype.com";
        context.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";

        // A page load: no query across every partition (docs/storage.md).
        using var userPath = HotPath.Enter("dashboard");
        return await next(context);
    }

    internal static IResult Problem(int status, string code, string message) =>
        Results.Json(new { code, message }, statusCode: status);
}
