namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>What a department's head (or the ops office) asks of a weekly status report; <see cref="WeeklyStatusMachine.Decide"/> judges it.</summary>
public abstract record ReportCommand;
