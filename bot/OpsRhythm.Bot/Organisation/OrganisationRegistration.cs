using OpsRhythm.Bot.Organisation.Admin;
using OpsRhythm.Bot.Turns;

namespace OpsRhythm.Bot.Organisation;

/// <summary>The organisation: departments, people, channels; sample data for local runs.</summary>
public static class OrganisationRegistration
{
    public static WebApplicationBuilder AddOrganisation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.Section);
        services.AddSingleton<OrganisationSeed>();
        services.AddSingleton<IOrganisationDirectory, OrganisationDirectory>();
        services.AddSingleton<IConversationDirectory, ConversationDirectory>();

        // After the store's own start (AddPersistence registers it first), before the first turn.
        services.AddHostedService<ConversationPartitionMigration>();
        services.AddSingleton<IChatCommand, OrganisationCommand>();
        services.AddSingleton<ICardActionHandler, OrganisationAdminHandler>();
        return builder;
    }
}
