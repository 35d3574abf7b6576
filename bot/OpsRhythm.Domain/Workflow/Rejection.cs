using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Workflow;

/// <summary>A refused command: why, who may do it instead, and per-field errors for card inputs.</summary>
public sealed record Rejection(RejectionReason Reason)
{
    public Role AllowedRoles { get; init; } = Role.None;

    /// <summary>For <see cref="RejectionReason.NotYourDepartment"/>: whose department it is, so the refusal can name its head.</summary>
    public string? DepartmentId { get; init; }

    /// <summary>The stand-ins who may act instead, named beside the head or the role (the department's deputy, approval delegates).</summary>
    public IReadOnlyList<string> StandInIds { get; init; } = [];

    /// <summary>The person whose own item it is (a plan task's owner, 责任人), who may act on it too: named beside the head.</summary>
    public string? OwnerId { get; init; }

    /// <summary>Refused because the item belongs to another department; <paramref name="allowed"/> may act on it.</summary>
    public static Rejection OtherDepartment(string departmentId, Role allowed) =>
        new(RejectionReason.NotYourDepartment) { DepartmentId = departmentId, AllowedRoles = allowed };

    /// <summary>Text keys per input id, drawn beside the field on the card.</summary>
    public IReadOnlyDictionary<string, FieldError> FieldErrors { get; init; } = new Dictionary<string, FieldError>();

    public static Rejection RoleNotAllowed(Role allowed) => new(RejectionReason.RoleNotAllowed) { AllowedRoles = allowed };

    public static Rejection WrongState { get; } = new(RejectionReason.WrongState);

    public static Rejection Invalid(IReadOnlyDictionary<string, FieldError> errors) =>
        new(RejectionReason.InvalidInput) { FieldErrors = errors };
}

/// <summary>A field's error as a text key plus its arguments (e.g. "Validation.DateOutsidePeriod", period).</summary>
public sealed record FieldError(string TextKey, params object[] Arguments);
