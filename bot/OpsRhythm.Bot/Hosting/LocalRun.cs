namespace OpsRhythm.Bot.Hosting;

/// <summary>
/// A local run is one without a bot identity (no MicrosoftAppId): the Playground talks to the bot
/// without tokens. Only then are unauthenticated loopback requests and "act as" available.
/// </summary>
internal static class LocalRun
{
    public const string AppIdKey = "MicrosoftAppId";

    public static bool IsEnabled(IConfiguration configuration)
    {
        return string.IsNullOrWhiteSpace(configuration[AppIdKey]);
    }
}
