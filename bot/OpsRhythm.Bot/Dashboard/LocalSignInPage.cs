using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using OpsRhythm.Bot.Organisation;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The clearly marked local sign-in page: one button per person with a Teams account. Absent (404) unless
/// <see cref="LocalSignIn.IsAvailable"/>. The form carries an antiforgery token, so another site open in the
/// developer's browser cannot sign them in as someone else.
/// </summary>
internal static class LocalSignInPage
{
    public static async Task<IResult> Show(HttpContext context, LocalSignIn local, IOrganisationDirectory directory, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!local.IsAvailable(context))
        {
            return Results.NotFound();
        }

        var text = DashboardLocale.For(context.Request);
        var organisation = await directory.GetAsync(cancellationToken);
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"").Append(text.IsEnglish ? "en" : "zh-CN").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(html.Encode(text["Dashboard.Local.Title"]))
            .Append("</title><link rel=\"stylesheet\" href=\"").Append(DashboardEndpoints.BasePath).Append("/assets/app.css\"></head><body class=\"signin\">")
            .Append("<p class=\"local-banner\" role=\"note\">").Append(html.Encode(text["Dashboard.Local.Banner"])).Append("</p>")
            .Append("<main><h1>").Append(html.Encode(text["Dashboard.Local.Title"])).Append("</h1><p>").Append(html.Encode(text["Dashboard.Local.Intro"])).Append("</p>")
            .Append("<form method=\"post\" action=\"").Append(DashboardEndpoints.BasePath).Append("/signin\">");
        var tokens = antiforgery.GetAndStoreTokens(context);
        page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(tokens.FormFieldName)).Append("\" value=\"")
            .Append(html.Encode(tokens.RequestToken ?? string.Empty)).Append("\"><ul class=\"people\">");
        foreach (var person in organisation.People.Where(p => p.TeamsUserId is not null))
        {
            var department = person.DepartmentId is { } id ? PlanSection.DepartmentName(organisation, id, text) : string.Empty;
            page.Append("<li><button type=\"submit\" name=\"personId\" value=\"").Append(html.Encode(person.Id)).Append("\">")
                .Append(html.Encode(person.Name.For(text.Culture))).Append("<span class=\"muted\"> ").Append(html.Encode(department))
                .Append(" · ").Append(html.Encode(person.Roles.ToString())).Append("</span></button></li>");
        }

        page.Append("</ul></form></main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }

    public static async Task<IResult> SubmitAsync(HttpContext context, LocalSignIn local, IOrganisationDirectory directory, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (!local.IsAvailable(context) || !context.Request.HasFormContentType)
        {
            return Results.NotFound();
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var organisation = await directory.GetAsync(cancellationToken);
        if (organisation.FindPerson(form["personId"].ToString()) is not { TeamsUserId: not null } person)
        {
            return Results.BadRequest();
        }

        local.SignIn(context, person.Id);
        return Results.Redirect(DashboardEndpoints.BasePath + "/");
    }
}
