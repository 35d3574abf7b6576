using Microsoft.AspNetCore.Antiforgery;
using OpsRhythm.Bot.Dashboard;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The meeting side panel: a page and API served with the dashboard (needs AddDashboard, AddMeetings with its
/// minutes, AddWeeklyStatus, AddRisks). Writes read the store itself, never the dashboard's cache.
/// </summary>
internal static class PanelRegistration
{
    public static WebApplicationBuilder AddMeetingPanel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AntiforgeryOptions>(options => options.HeaderName = PanelLimits.AntiforgeryHeader);
        services.AddSingleton<PanelMeetings>();
        services.AddSingleton<PanelParticipants>();
        services.AddSingleton<PanelGate>();
        // Plan tasks and risks to link to: through the dashboard's cache, as the dashboard reads them.
        services.AddSingleton(provider => new PanelLinks(
            provider.GetRequiredService<WeeklyStatus.MonthlyPlanTracking>(),
            new Risks.RiskReader(provider.GetRequiredService<DashboardReadCache>())));
        services.AddSingleton<PanelAgendaReader>();
        services.AddSingleton<PanelOccurrences>();
        services.AddSingleton<PanelMinutesReader>();
        services.AddSingleton<PanelRequestContext>();
        services.AddSingleton(provider => new PanelCommands(
            provider.GetRequiredService<PanelMeetings>(),
            provider.GetRequiredService<WeeklyStatus.MonthlyPlanTracking>(),
            provider.GetRequiredService<Risks.RiskReader>(),
            provider.GetRequiredService<Domain.Time.OrganisationClock>()));
        return builder;
    }
}
