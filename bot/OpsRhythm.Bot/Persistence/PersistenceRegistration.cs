namespace OpsRhythm.Bot.Persistence;

/// <summary>The document store chosen by Storage:Provider (Sqlite or Cosmos).</summary>
public static class PersistenceRegistration
{
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
