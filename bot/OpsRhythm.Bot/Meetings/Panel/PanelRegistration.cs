using Microsoft.AspNetCore.Antiforgery;
using OpsRhythm.Bot.Dashboard;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>The meeting side panel: a page and API served with the dashboard (needs AddDashboard, AddMeetings, AddWeeklyStatus, AddRisks).</summary>
internal static class PanelRegistration
{
    public static WebApplicationBuilder AddMeetingPanel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AntiforgeryOptions>(options => options.HeaderName = PanelLimits.AntiforgeryHeader);
        services.AddSingleton<PanelMeetings>();
        // Plan tasks and risks to link to: through the dashboard's cache, as the dashboard reads them.
        services.AddSingleton(provider => new PanelLinks(
            provider.GetRequiredService<WeeklyStatus.MonthlyPlanTracking>(),
            new Risks.RiskReader(provider.GetRequiredService<DashboardReadCache>())));
        services.AddSingleton<PanelAgendaReader>();
        return builder;
    }
}
