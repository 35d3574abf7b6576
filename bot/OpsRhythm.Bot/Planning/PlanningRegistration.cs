using OpsRhythm.Bot.Planning.Adjustment;
using OpsRhythm.Bot.Planning.Approval;
using OpsRhythm.Bot.Planning.Consolidation;
using OpsRhythm.Bot.Planning.Cycles;
using OpsRhythm.Bot.Planning.Drafting;
using OpsRhythm.Bot.Planning.Publication;
using OpsRhythm.Bot.Planning.Review;
using OpsRhythm.Bot.Planning.Submission;
using OpsRhythm.Bot.Planning.Tracking;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Planning;

/// <summary>Annual, quarterly and monthly plans: cycles, drafts, review, consolidation, approval, publication, tracking.</summary>
internal static class PlanningRegistration
{
    public static WebApplicationBuilder AddPlanning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PlanDocuments>();
        services.AddCardPipeline();
        services.AddSingleton<PlanWorkflow>();
        services.AddSingleton<CycleOpening>();
        services.AddOptions<CycleScheduleOptions>()
            .BindConfiguration(CycleScheduleOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Planning:Schedule: each cron must be a valid 5-field expression, and AnnualGuidelines is required when AnnualEnabled.")
            .ValidateOnStart();
        services.AddOptions<SubmissionReminderOptions>()
            .BindConfiguration(SubmissionReminderOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Planning:Submission: Cron must be a valid 5-field expression and RemindDaysBefore a comma-separated list of days (0 to 60), e.g. \"3,1\".")
            .ValidateOnStart();
        services.AddSingleton<IScheduledJob, SubmissionFollowUpJob>();
        services.AddOptions<TaskOverdueOptions>()
            .BindConfiguration(TaskOverdueOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Planning:TaskOverdue: Cron must be a valid 5-field expression, e.g. \"0 9 * * *\".")
            .ValidateOnStart();
        services.AddSingleton<IScheduledJob, TaskOverdueJob>();
        foreach (var kind in Enum.GetValues<PlanKind>())
        {
            services.AddSingleton<IScheduledJob>(provider => ActivatorUtilities.CreateInstance<CycleOpeningJob>(provider, kind));
            services.AddSingleton<IChatCommand>(provider => new OpenCycleChat(kind, provider.GetRequiredService<OrganisationClock>()));
            services.AddSingleton<IChatCommand>(provider => new PlanChat(kind, provider.GetRequiredService<PlanWorkflow>()));
        }

        services.AddSingleton<IChatCommand, HistoryChat>();
        services.AddSingleton<IChatCommand, ProgressChat>();
        services.AddSingleton<IChatCommand, MyTasksChat>();
        services.AddSingleton<IChatCommand, BoardChat>();
        services.AddSingleton<ICardActionHandler, OpenCycleHandler>();
        services.AddSingleton<ICardActionHandler, DraftingHandler>();
        services.AddSingleton<ICardActionHandler, ReviewHandler>();
        services.AddSingleton<ICardActionHandler, ConsolidationHandler>();
        services.AddSingleton<ICardActionHandler, ApprovalHandler>();
        services.AddSingleton<ICardActionHandler, PublicationHandler>();
        services.AddSingleton<ICardActionHandler, AdjustmentHandler>();
        services.AddSingleton<ICardActionHandler, HistoryHandler>();
        services.AddSingleton<ICardActionHandler, TrackingHandler>();
        return builder;
    }
}
