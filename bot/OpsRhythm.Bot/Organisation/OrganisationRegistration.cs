using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Admin;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Organisation.Setup;
using OpsRhythm.Bot.Organisation.StandIns;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Organisation;

/// <summary>The organisation: departments, people, channels; sample data for local runs.</summary>
internal static class OrganisationRegistration
{
    public static WebApplicationBuilder AddOrganisation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OrganisationOptions>().BindConfiguration(OrganisationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OrganisationOptions>, OrganisationOptionsValidation>();
        services.AddCardPipeline();
        services.AddSingleton<AdministratorEnrolment>();
        services.AddSingleton<OrganisationSeed>();
        services.AddSingleton<IOrganisationDirectory, OrganisationDirectory>();
        services.AddSingleton<IConversationDirectory, ConversationDirectory>();
        services.AddSingleton<IPersonLanguages, PersonLanguages>();

        // After the store's own start (AddPersistence registers it first), before the first turn.
        services.AddHostedService<ConversationPartitionMigration>();
        services.AddSingleton<IChatCommand, OrganisationCommand>();
        services.AddSingleton<ICardActionHandler, OrganisationAdminHandler>();
        services.AddSingleton<ICardActionHandler, OrganisationSaveHandler>();
        services.AddCardPipeline();
        services.AddSingleton<IChatCommand, StandInChat>();
        services.AddSingleton<ICardActionHandler, StandInHandler>();
        services.AddSingleton<TeamDirectory>();
        services.TryAddSingleton<IDirectoryPeople, NoDirectoryPeople>();
        services.AddSingleton<TeamImporter>();
        services.AddSingleton<SetupCardFactory>();
        services.AddSingleton<IChatCommand, SetupCommand>();
        services.AddSingleton<ICardActionHandler, SetupHandler>();
        return builder;
    }
}
