namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>Meeting minutes: decisions and action items, the meeting events, the follow-up of action items.</summary>
internal static class MinutesRegistration
{
    public static IServiceCollection AddMeetingMinutes(this IServiceCollection services)
    {
        services.AddSingleton<MinutesStore>();
        services.AddSingleton<MeetingOccurrenceResolver>();
        services.AddScoped<ActionItemRecorder>();
        return services;
    }
}
