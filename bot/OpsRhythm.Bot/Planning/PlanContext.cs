using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>A department plan as read for a card action, with its cycle (the stale check is the pipeline's).</summary>
internal sealed record PlanContext(StoredDocument<PlanCycle> Cycle, StoredDocument<DepartmentPlan> Plan);
