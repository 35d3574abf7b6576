using System.Globalization;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bench;

/// <summary>
/// The business mix loaded on OpsRhythm, in slots of 20 requests: 8 weekly-status submits (a write with
/// its audit event), 6 plan card actions (3 view, 2 edit a section, 1 save a section: a write) and 6 chat
/// commands (help, weekly status, plan board: replies through the connector). Heads act on their own
/// department; reports are spread over 40 weeks so writers rarely meet on one document.
/// </summary>
public sealed class TurnScenario
{
    public const int Weeks = 40;
    private static readonly PlanPeriod Period = PlanPeriod.Monthly(2030, 6);
    private static readonly string[] Departments = ["ops", "sales", "production", "finance", "hr"];

    private readonly string[] _submits;
    private readonly string[] _planViews;
    private readonly string[] _planEdits;
    private readonly string[] _planSaves;
    private readonly string[] _chats;

    public TurnScenario(Activities activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var cycle = PlanCycle.IdFor(Period);
        _submits = [.. Enumerable.Range(0, Weeks).SelectMany(w => Departments.Select((d, head) => activities.CardAction(head, WeeklyStatusVerbs.Submit, new Dictionary<string, string>
        {
            ["id"] = $"{WeekId(w)}|{d}",
            ["task0.title"] = "上线新的订单系统",
            ["task0.percent"] = "60",
            ["task0.health"] = "OnTrack",
            ["task1.title"] = "Quarterly supplier review",
            ["task1.percent"] = "100",
            ["task1.health"] = "Done",
            ["highlights"] = "本周完成了供应商评审。",
            ["problems"] = string.Empty,
            ["helpFrom"] = string.Empty,
            ["helpNeeded"] = string.Empty,
        })))];
        _planViews = [.. Departments.Select((d, head) => activities.CardAction(head, PlanVerbs.View, new Dictionary<string, string> { ["id"] = PlanVerbs.PlanEntityId(cycle, d) }))];
        _planEdits = [.. Departments.Select((d, head) => activities.CardAction(head, PlanVerbs.Edit, new Dictionary<string, string> { ["id"] = PlanVerbs.PlanEntityId(cycle, d), [PlanVerbs.SectionKey] = nameof(PlanSection.Tasks) }))];
        _planSaves = [.. Departments.Select((d, head) => activities.CardAction(head, PlanVerbs.Save, new Dictionary<string, string>
        {
            ["id"] = PlanVerbs.PlanEntityId(cycle, d),
            [PlanVerbs.SectionKey] = nameof(PlanSection.Resources),
            [PlanFields.Headcount] = "3",
            [PlanFields.Budget] = "120000",
            [PlanFields.Materials] = "两台服务器",
        }))];
        _chats = [.. Enumerable.Range(0, 5).SelectMany(head => new[]
        {
            activities.Message(head, "help"),
            activities.Message(head, "weekly status"),
            activities.Message(head, "plan board"),
        })];
        OpenCycle = activities.CardAction(0, PlanVerbs.Open, new Dictionary<string, string>
        {
            [CycleOpenCard.KindKey] = nameof(PlanKind.Monthly),
            [PlanFields.Period] = Period.ToString(),
            [PlanFields.DueDate] = Period.Start.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Sent once before the load: the ops office opens the plan cycle the plan actions work on.</summary>
    public string OpenCycle { get; }

    /// <summary>One of each kind, checked before the load so a broken mix fails loudly instead of measuring errors.</summary>
    public IEnumerable<(string Kind, string Template)> Samples =>
    [
        ("weekly-status submit", _submits[1]),
        ("plan.view", _planViews[1]),
        ("plan.edit", _planEdits[1]),
        ("plan.save", _planSaves[1]),
        ("chat help", _chats[3]),
        ("chat weekly status", _chats[4]),
        ("chat plan board", _chats[5]),
    ];

    public static string Mix => "40% weekly-status submit invokes, 30% plan card actions (15% view, 10% edit section, 5% save section), 30% chat commands (help, weekly status, plan board)";

    /// <summary>Which kind of turn <see cref="Pick"/> sends for <paramref name="sequence"/>.</summary>
    public static string KindOf(long sequence) => (sequence % 20) switch
    {
        < 8 => "weekly-status submit",
        < 11 => "plan.view",
        < 13 => "plan.edit",
        13 => "plan.save",
        var slot => (((sequence / 20 * 6) + slot) % 3) switch
        {
            0 => "chat help",
            1 => "chat weekly status",
            _ => "chat plan board",
        },
    };

    public string Pick(long sequence)
    {
        var slot = (int)(sequence % 20);
        var spread = (int)((sequence / 20) & int.MaxValue);
        return slot switch
        {
            < 8 => _submits[(spread * 8 + slot) % _submits.Length],
            < 11 => _planViews[(spread + slot) % _planViews.Length],
            < 13 => _planEdits[(spread + slot) % _planEdits.Length],
            13 => _planSaves[spread % _planSaves.Length],
            _ => _chats[(spread * 6 + slot) % _chats.Length],
        };
    }

    /// <summary>Weekly reports due far ahead, so every submit is accepted whatever day the run is on.</summary>
    public static async Task SeedReportsAsync(IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var deadline = new DateTimeOffset(2031, 1, 3, 4, 0, 0, TimeSpan.Zero);
        for (var w = 0; w < Weeks; w++)
        {
            foreach (var department in Departments)
            {
                var week = WeekId(w);
                try
                {
                    await store.CreateAsync(StorageContainers.Status, WeeklyStatusReports.KeyOf(week, department), new WeeklyStatusReport(week, department, deadline), CancellationToken.None);
                }
                catch (DocumentConflictException)
                {
                    // Seeded by an earlier run on the same store.
                }
            }
        }
    }

    private static string WeekId(int index) => $"2030-W{index + 1:D2}";
}
