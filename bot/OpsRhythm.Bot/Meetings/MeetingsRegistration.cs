namespace OpsRhythm.Bot.Meetings;

/// <summary>The weekly operations meeting and cross-department coordination meetings, with reminders.</summary>
public static class MeetingsRegistration
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
