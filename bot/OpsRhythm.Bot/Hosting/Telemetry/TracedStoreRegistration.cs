using OpsRhythm.Bot.Persistence;
using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>Wraps the registered <see cref="IDocumentStore"/> in a <see cref="TracedDocumentStore"/>.</summary>
internal static class TracedStoreRegistration
{
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IDocumentStore));
        if (registered is null)
        {
            return;
        }

        services.Remove(registered);
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var inner = registered switch
            {
                { ImplementationInstance: IDocumentStore instance } => instance,
                { ImplementationFactory: { } factory } => (IDocumentStore)factory(provider),
                _ => (IDocumentStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            };
            var system = provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite ? "sqlite" : "azure.cosmosdb";
            return new TracedDocumentStore(inner, system);
        });
    }
}
