namespace OpsRhythm.Storage.Contract;

/// <summary>
/// The containers and what partitions them (every container's partition key path is "/pk").
/// docs/storage.md explains each choice; infra/ creates exactly these.
/// </summary>
public static class StorageContainers
{
    /// <summary>Departments, people, settings (pk "org"); conversation references (pk "conv:{personOrChannel}").</summary>
    public const string Organisation = "organisation";

    /// <summary>A plan cycle with its department plans, company plan, audit and outbox (pk = cycle id).</summary>
    public const string Plans = "plans";

    /// <summary>Weekly status of all departments for one week (pk = ISO week, e.g. "2026-W48").</summary>
    public const string Status = "status";

    /// <summary>Meetings and their reminders (pk = meeting id).</summary>
    public const string Meetings = "meetings";

    /// <summary>Indicator catalog (pk "catalog"), values and targets per department and year (pk "{dept}:{year}").</summary>
    public const string Indicators = "indicators";

    /// <summary>Risks and alerts of one department (pk = department id).</summary>
    public const string Risks = "risks";

    /// <summary>Suggestions, redesign projects, process reviews, inspections, actions, rewards (pk by year or project).</summary>
    public const string Improvement = "improvement";

    /// <summary>Follow-ups with customers and partners (对外沟通跟进, R-6.4) of one department, audit, outbox (pk = department id).</summary>
    public const string Communication = "communication";

    /// <summary>Job leases, one per scheduled occurrence (pk = job name).</summary>
    public const string Jobs = "jobs";

    public static IReadOnlyList<string> All { get; } =
        [Organisation, Plans, Status, Meetings, Indicators, Risks, Improvement, Communication, Jobs];
}
