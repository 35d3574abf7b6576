using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>What opening a cycle did: the opened cycle, or the refusal (and the cycle already there, if that was why).</summary>
internal sealed record CycleOpeningResult(PlanCycle? Opened, PlanCycle? Existing, Rejection? Rejection);
