namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>The values of the panel's link list: "department:{id}", "task:{department}:{task}", "risk:{department}:{risk}".</summary>
internal static class PanelLink
{
    public static string Department(string departmentId) => "department:" + departmentId;

    public static string Task(string departmentId, string taskId) => $"task:{departmentId}:{taskId}";

    public static string Risk(string departmentId, string riskId) => $"risk:{departmentId}:{riskId}";
}
