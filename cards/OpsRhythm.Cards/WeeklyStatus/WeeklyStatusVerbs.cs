namespace OpsRhythm.Cards.WeeklyStatus;

/// <summary>The verbs of the weekly status card; the entity id is "{week}|{department}".</summary>
public static class WeeklyStatusVerbs
{
    public const string Submit = "status.submit";
    public const string Skip = "status.skip";

    public static string EntityId(string week, string departmentId) => week + "|" + departmentId;
}
