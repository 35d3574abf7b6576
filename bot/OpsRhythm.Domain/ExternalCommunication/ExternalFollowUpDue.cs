namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>When a follow-up's owner is reminded (R-6.4: follow-ups are reminded before and at their date).</summary>
public static class ExternalFollowUpDue
{
    /// <summary>
    /// What an open follow-up is owed today: a reminder once when its date is <paramref name="remindDaysBefore"/>
    /// days away or nearer, and once when the date has come (also when the job missed the day itself).
    /// </summary>
    public static ExternalFollowUpReminder Owed(ExternalFollowUp followUp, DateOnly today, int remindDaysBefore)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        if (followUp.State != ExternalFollowUpState.Open)
        {
            return ExternalFollowUpReminder.Nothing;
        }

        if (today >= followUp.Date)
        {
            return followUp.RemindedOnFor == followUp.Date ? ExternalFollowUpReminder.Nothing : ExternalFollowUpReminder.Due;
        }

        return today >= followUp.Date.AddDays(-remindDaysBefore) && followUp.RemindedBeforeFor != followUp.Date
            ? ExternalFollowUpReminder.Before
            : ExternalFollowUpReminder.Nothing;
    }

    /// <summary>The follow-up stamped as reminded, so the next run owes nothing more for this date.</summary>
    public static ExternalFollowUp Reminded(ExternalFollowUp followUp, ExternalFollowUpReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return reminder == ExternalFollowUpReminder.Due
            ? followUp with { RemindedOnFor = followUp.Date, RemindedBeforeFor = followUp.Date }
            : followUp with { RemindedBeforeFor = followUp.Date };
    }
}
