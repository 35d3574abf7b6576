using System.Text.RegularExpressions;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.Domain.Organisation;

/// <summary>
/// The administrator's changes to the organisation: only administrators may make them, and every
/// reference must hold (a head is a person, a person's department exists, ids are unique, the time
/// zone is an IANA id), so the rest of the bot can trust the profile it reads on every turn.
/// </summary>
public static partial class OrganisationAdministration
{
    public const int MaxNameLength = 60;
    public const int MaxChannelLength = 200;

    public static Decision<OrganisationProfile> SaveDepartment(OrganisationProfile organisation, Person? actor, DepartmentEdit edit)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(edit);
        return ByAdministrator(actor, _ =>
        {
            var errors = new Dictionary<string, FieldError>();
            CheckId(errors, F.DepartmentId, edit.Id, edit.IsNew, organisation.FindDepartment(edit.Id) is not null);
            CheckName(errors, F.DepartmentNameZh, edit.NameZh);
            CheckName(errors, F.DepartmentNameEn, edit.NameEn);
            if (edit.HeadPersonId is { } head && organisation.FindPerson(head) is null)
            {
                errors[F.DepartmentHead] = new FieldError("Organisation.Error.NoSuchPerson", head);
            }

            CheckChannel(errors, F.DepartmentChannel, edit.ChannelId);
            if (edit.ChannelId is { } channel && organisation.Channels.Count > 0 && organisation.Channels.All(c => c.Id != channel)
                && organisation.FindDepartment(edit.Id)?.ChannelId != channel)
            {
                errors[F.DepartmentChannel] = new FieldError("Organisation.Error.NoSuchChannel", channel);
            }

            if (edit.MemberIds?.FirstOrDefault(id => organisation.FindPerson(id) is null) is { } missing)
            {
                errors[F.DepartmentMembers] = new FieldError("Organisation.Error.NoSuchPerson", missing);
            }

            return errors;
        }, () =>
        {
            var department = new Department(edit.Id, new LocalizedText(edit.NameZh.Trim(), edit.NameEn.Trim()))
            {
                HeadPersonId = edit.HeadPersonId,
                ChannelId = edit.ChannelId,
            };
            return Decision.Accept(
                organisation with
                {
                    Departments = AddOrReplace(organisation.Departments, department, d => d.Id, edit.IsNew),
                    People = WithMembership(organisation.People, edit),
                },
                Event(edit.IsNew ? "department.added" : "department.updated", edit.Id));
        });
    }

    public static Decision<OrganisationProfile> SavePerson(OrganisationProfile organisation, Person? actor, PersonEdit edit)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(edit);
        var existing = organisation.FindPerson(edit.Id);
        return ByAdministrator(actor, administrator =>
        {
            var errors = new Dictionary<string, FieldError>();
            CheckId(errors, F.PersonId, edit.Id, edit.IsNew, existing is not null);
            CheckName(errors, F.PersonNameZh, edit.NameZh);
            CheckName(errors, F.PersonNameEn, edit.NameEn);
            if (edit.TeamsUserId is { } teamsId
                && organisation.People.Any(p => p.Id != edit.Id && string.Equals(p.TeamsUserId, teamsId, StringComparison.OrdinalIgnoreCase)))
            {
                errors[F.PersonTeamsId] = new FieldError("Organisation.Error.TeamsIdTaken", teamsId);
            }

            if (edit.DepartmentId is { } departmentId && organisation.FindDepartment(departmentId) is null)
            {
                errors[F.PersonDepartment] = new FieldError("Organisation.Error.NoSuchDepartment", departmentId);
            }

            if (edit.Roles == Role.None)
            {
                errors[F.PersonRoles] = new FieldError("Organisation.Error.NoRoles");
            }
            else if (!edit.IsNew && existing is not null && existing.Id == administrator.Id && !edit.Roles.HasFlag(Role.Administrator))
            {
                // An administrator cannot lock everyone out by removing their own role by accident.
                errors[F.PersonRoles] = new FieldError("Organisation.Error.KeepOwnAdministrator");
            }

            return errors;
        }, () =>
        {
            var person = (existing ?? new Person(edit.Id, new LocalizedText(edit.NameZh, edit.NameEn))) with
            {
                Name = new LocalizedText(edit.NameZh.Trim(), edit.NameEn.Trim()),
                TeamsUserId = edit.TeamsUserId,
                DepartmentId = edit.DepartmentId,
                Roles = edit.Roles,
            };
            return Decision.Accept(
                organisation with { People = AddOrReplace(organisation.People, person, p => p.Id, edit.IsNew) },
                Event(edit.IsNew ? "person.added" : "person.updated", edit.Id));
        });
    }

    public static Decision<OrganisationProfile> SaveSettings(OrganisationProfile organisation, Person? actor, SettingsEdit edit)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(edit);
        return ByAdministrator(actor, _ =>
        {
            var errors = new Dictionary<string, FieldError>();
            CheckChannel(errors, F.OpsChannel, edit.OpsChannelId);
            CheckChannel(errors, F.AnnouncementChannel, edit.AnnouncementChannelId);
            if (!IsIanaTimeZone(edit.TimeZone))
            {
                errors[F.TimeZone] = new FieldError("Organisation.Error.TimeZone", edit.TimeZone);
            }

            if (edit.DefaultLanguage is { } language && !OrganisationProfile.Languages.Contains(language))
            {
                errors[F.DefaultLanguage] = new FieldError("Organisation.Error.Language", language);
            }

            return errors;
        }, () => Decision.Accept(
            organisation with
            {
                OpsChannelId = edit.OpsChannelId,
                AnnouncementChannelId = edit.AnnouncementChannelId,
                TimeZone = edit.TimeZone,
                DefaultLanguage = edit.DefaultLanguage ?? organisation.DefaultLanguage,
            },
            Event("settings.updated", "settings")));
    }

    /// <summary>
    /// The picked members belong to the department (and those left out no longer do); the head is a
    /// member unless they already belong to another department, and holds the department-head role,
    /// so picking a head by name is all it takes.
    /// </summary>
    private static List<Person> WithMembership(IReadOnlyList<Person> people, DepartmentEdit edit) =>
    [
        .. people.Select(p =>
        {
            var member = edit.MemberIds is { } ids ? ids.Contains(p.Id) : p.DepartmentId == edit.Id;
            var department = member ? edit.Id : p.DepartmentId == edit.Id ? null : p.DepartmentId;
            return p.Id == edit.HeadPersonId
                ? p with { DepartmentId = department ?? edit.Id, Roles = p.Roles | Role.DepartmentHead }
                : p with { DepartmentId = department };
        }),
    ];

    /// <summary>An IANA id such as "Asia/Shanghai"; Windows ids ("China Standard Time") are refused so every store holds one kind.</summary>
    public static bool IsIanaTimeZone(string? id) =>
        OrganisationZones.TryFind(id, out var zone) && zone.HasIanaId;

    /// <summary>What every save shares: administrators only, then the field checks, then the change.</summary>
    private static Decision<OrganisationProfile> ByAdministrator(
        Person? actor, Func<Person, Dictionary<string, FieldError>> check, Func<Decision<OrganisationProfile>> accept)
    {
        if (actor?.Has(Role.Administrator) != true)
        {
            return Decision.Reject<OrganisationProfile>(Rejection.RoleNotAllowed(Role.Administrator));
        }

        var errors = check(actor);
        return errors.Count > 0 ? Decision.Reject<OrganisationProfile>(Rejection.Invalid(errors)) : accept();
    }

    /// <summary>A new entry is appended; an edited one replaces the entry of the same id where it stands.</summary>
    private static List<T> AddOrReplace<T>(IReadOnlyList<T> items, T item, Func<T, string> id, bool isNew) =>
        isNew ? [.. items, item] : [.. items.Select(i => id(i) == id(item) ? item : i)];

    private static void CheckId(Dictionary<string, FieldError> errors, string field, string id, bool isNew, bool exists)
    {
        if (!IdPattern().IsMatch(id))
        {
            errors[field] = new FieldError("Organisation.Error.IdFormat");
        }
        else if (isNew && exists)
        {
            errors[field] = new FieldError("Organisation.Error.IdTaken", id);
        }
        else if (!isNew && !exists)
        {
            errors[field] = new FieldError("Organisation.Error.NotFound", id);
        }
    }

    private static void CheckName(Dictionary<string, FieldError> errors, string field, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors[field] = new FieldError("Organisation.Error.Required");
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors[field] = new FieldError("Organisation.Error.TooLong", MaxNameLength);
        }
    }

    private static void CheckChannel(Dictionary<string, FieldError> errors, string field, string? channelId)
    {
        if (channelId is not null && (channelId.Length > MaxChannelLength || channelId.Any(char.IsWhiteSpace)))
        {
            errors[field] = new FieldError("Organisation.Error.ChannelFormat");
        }
    }

    private static WorkflowEvent Event(string action, string entityId) =>
        new(action) { Details = new Dictionary<string, string> { ["id"] = entityId } };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
