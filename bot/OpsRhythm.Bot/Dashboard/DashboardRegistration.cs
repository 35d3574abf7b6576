using Microsoft.Extensions.Options;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The operations dashboard: a Teams tab with its JSON API and CSV export over the same store (docs/dashboard.md).</summary>
public static class DashboardRegistration
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateOnStart();
        services.AddSingleton<DashboardOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<DashboardOptions>>(provider => provider.GetRequiredService<DashboardOptionsSetup>());
        services.AddSingleton<IValidateOptions<DashboardOptions>>(provider => provider.GetRequiredService<DashboardOptionsSetup>());
        services.AddHttpClient(TeamsSsoValidator.MetadataHttpClientName);
        services.AddDataProtection();
        services.AddSingleton<TeamsSsoValidator>();
        services.AddSingleton<LocalSignIn>();
        // The local sign-in form's token; the page may be framed like the tab it stands in for.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddSingleton<DashboardSignIn>();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<PlanSection>();
        services.AddSingleton<WeekSection>();
        services.AddSingleton<IndicatorSection>();
        services.AddSingleton<RiskSection>();
        // IUpcomingMeetings comes from the meetings feature (AddMeetings).
        services.AddSingleton<DashboardReader>();
        return builder;
    }
}
