namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>A monthly plan task past its due date and not done, as the digest lists it.</summary>
public sealed record OverdueTask(string DepartmentId, string TaskId, string Title, string OwnerPersonId, DateOnly DueDate, int Percent);
