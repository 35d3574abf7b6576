using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The filters of one dashboard page: a department (null = every one the viewer may see) and a month.</summary>
internal sealed record DashboardRequest(string? Department, PlanPeriod Period, Localizer Text);
