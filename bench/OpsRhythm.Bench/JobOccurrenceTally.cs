using System.Text.RegularExpressions;

namespace OpsRhythm.Bench;

/// <summary>
/// Every job occurrence the instances started, read from their logs ("Job {Job} occurrence {Occurrence}
/// started", logged once the occurrence's lease is taken): how many occurrences ran, and how many of them
/// started more than once across the instances. A start after a takeover ("taking over a run that never
/// finished") is counted apart: that is the documented re-run of an occurrence whose instance died mid-run.
/// </summary>
public static partial class JobOccurrenceTally
{
    /// <summary>The schedule of the instances run: the scheduler on, the frequent jobs every minute, its start lines logged.</summary>
    public static IReadOnlyDictionary<string, string> EveryMinute { get; } = new Dictionary<string, string>
    {
        ["Scheduling__Enabled"] = "true",
        ["Logging__LogLevel__OpsRhythm.Bot.Scheduling"] = "Information",
        ["Meetings__ReminderCron"] = "* * * * *",
        ["Meetings__AttendeeSyncCron"] = "* * * * *",
        ["Risks__PlanRisksCron"] = "* * * * *",
        ["Risks__ReviewReminderCron"] = "* * * * *",
        ["Planning__TaskOverdue__Cron"] = "* * * * *",
        ["Planning__Submission__Cron"] = "* * * * *",
        ["Indicators__FiguresDueCron"] = "* * * * *",
        ["ExternalCommunication__ReminderCron"] = "* * * * *",
    };

    public static JobOccurrences Read(IEnumerable<string> logPaths)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var takeOvers = 0;
        foreach (var path in logPaths.Where(File.Exists))
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            while (reader.ReadLine() is { } line)
            {
                if (Started().Match(line) is { Success: true } started)
                {
                    var key = started.Groups["job"].Value + " " + started.Groups["occurrence"].Value;
                    starts[key] = starts.GetValueOrDefault(key) + 1;
                }
                else if (TakingOver().IsMatch(line))
                {
                    takeOvers++;
                }
            }
        }

        var repeated = starts.Values.Sum(n => n - 1);
        return new JobOccurrences(starts.Count, starts.Values.Sum(), Math.Max(0, repeated - takeOvers), takeOvers);
    }

    [GeneratedRegex(@"Job (?<job>\S+) occurrence (?<occurrence>.+) started$")]
    private static partial Regex Started();

    [GeneratedRegex(@"Job \S+ occurrence .+: taking over a run that never finished$")]
    private static partial Regex TakingOver();
}

/// <summary>Occurrences run across the instances; <see cref="RanTwice"/> excludes takeovers of a dead instance's run.</summary>
public sealed record JobOccurrences(int Occurrences, int Starts, int RanTwice, int TakeOvers);
