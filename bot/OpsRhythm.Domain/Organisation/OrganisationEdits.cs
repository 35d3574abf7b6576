namespace OpsRhythm.Domain.Organisation;

/// <summary>An administrator's add (<see cref="IsNew"/>) or edit of a department.</summary>
public sealed record DepartmentEdit(string Id, string NameZh, string NameEn, string? HeadPersonId, string? ChannelId, bool IsNew)
{
    /// <summary>The people picked as the department's members; null leaves membership as it is.</summary>
    public IReadOnlyList<string>? MemberIds { get; init; }
}

/// <summary>An administrator's add (<see cref="IsNew"/>) or edit of a person.</summary>
public sealed record PersonEdit(string Id, string NameZh, string NameEn, string? TeamsUserId, string? DepartmentId, Role Roles, bool IsNew);

/// <summary>The organisation-wide settings: the ops office's channel, the announcement channel, the time zone.</summary>
public sealed record SettingsEdit(string? OpsChannelId, string? AnnouncementChannelId, string TimeZone, string? DefaultLanguage = null);
