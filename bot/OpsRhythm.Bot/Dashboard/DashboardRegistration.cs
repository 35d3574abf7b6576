using Microsoft.Extensions.Options;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The operations dashboard: a Teams tab with its JSON API and CSV export over the same store (docs/dashboard.md).</summary>
internal static class DashboardRegistration
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
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
        // DataProtection's hosted service (AddAntiforgery adds it again, so it goes after) only reads the key ring
        // at start, which loads the XML stack (about 4 MiB) into every instance; without it the ring is read on
        // first use (the local sign-in, antiforgery).
        var keyRingWarmUp = services.FirstOrDefault(descriptor => descriptor.ServiceType == typeof(IHostedService)
            && descriptor.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService");
        if (keyRingWarmUp is not null)
        {
            services.Remove(keyRingWarmUp);
        }

        services.AddSingleton<DashboardSignIn>();
        services.AddSingleton<DashboardAssets>();
        services.AddSingleton<PlanSection>();
        services.AddSingleton<WeekSection>();
        // Catalog, figures, alerts and risks through a cache dropped on this instance's writes (docs/storage.md).
        services.AddSingleton(provider => new DashboardReadCache(
            provider.GetRequiredService<OpsRhythm.Storage.Contract.IDocumentStore>(),
            provider.GetRequiredService<Persistence.StoreWriteSignal>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new IndicatorSection(new Indicators.IndicatorReader(provider.GetRequiredService<DashboardReadCache>())));
        services.AddSingleton(provider =>
        {
            var cache = provider.GetRequiredService<DashboardReadCache>();
            return new RiskSection(new Risks.RiskReader(cache), new Indicators.IndicatorReader(cache), cache, provider.GetRequiredService<IOptions<Risks.RisksOptions>>());
        });
        services.AddSingleton(provider => new ResourceSection(
            new Resources.ResourceReader(provider.GetRequiredService<DashboardReadCache>()), provider.GetRequiredService<Resources.ResourcePlans>()));
        // IUpcomingMeetings comes from the meetings feature (AddMeetings), IOpenActionItems from its minutes (AddMeetingMinutes).
        services.AddSingleton<ActionItemSection>();
        services.AddSingleton<DashboardReader>();
        return builder;
    }
}
