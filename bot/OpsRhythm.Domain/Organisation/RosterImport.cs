namespace OpsRhythm.Domain.Organisation;

/// <summary>
/// Merges the team's roster and channels into the organisation. New members join as employees; a
/// known person (same Entra object id or Teams id) only gets what was missing (Teams id, object id,
/// email), so names, departments and roles the administrator changed by hand survive a re-import.
/// Where Entra knows departments and managers, departments that do not exist yet are proposed with
/// the manager most of their members report to as head.
/// </summary>
public static class RosterImport
{
    public static RosterImportResult Merge(OrganisationProfile organisation, string teamId, string? teamName, IReadOnlyList<RosterMember> members, IReadOnlyList<TeamChannel> channels)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(channels);
        var people = organisation.People.ToList();
        int added = 0, updated = 0;
        foreach (var member in members)
        {
            var index = people.FindIndex(p => Same(p.AadObjectId, member.AadObjectId) || Same(p.TeamsUserId, member.TeamsUserId));
            if (index < 0)
            {
                var current = organisation with { People = people };
                people.Add(new Person(PersonIds.New(current, member.UserPrincipalName ?? member.Email, member.AadObjectId ?? member.TeamsUserId), new LocalizedText(member.Name, member.Name))
                {
                    TeamsUserId = member.TeamsUserId,
                    AadObjectId = member.AadObjectId,
                    Email = member.Email ?? member.UserPrincipalName,
                });
                added++;
                continue;
            }

            var known = people[index];
            var filled = known with
            {
                TeamsUserId = known.TeamsUserId ?? member.TeamsUserId,
                AadObjectId = known.AadObjectId ?? member.AadObjectId,
                Email = known.Email ?? member.Email ?? member.UserPrincipalName,
            };
            if (filled != known)
            {
                people[index] = filled;
                updated++;
            }
        }

        var merged = organisation with
        {
            People = people,
            TeamId = teamId,
            TeamName = teamName ?? organisation.TeamName,
            Channels = channels.Count > 0 ? channels : organisation.Channels,
        };
        var proposed = ProposeDepartments(merged, members);
        return new RosterImportResult(proposed.Organisation, added, updated, proposed.Count);
    }

    private static (OrganisationProfile Organisation, int Count) ProposeDepartments(OrganisationProfile organisation, IReadOnlyList<RosterMember> members)
    {
        var departments = organisation.Departments.ToList();
        var people = organisation.People.ToList();
        var count = 0;
        foreach (var group in members.Where(m => m.Department is { Length: > 0 }).GroupBy(m => m.Department!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            if (departments.Any(d => d.IsNamed(group.Key)))
            {
                continue;
            }

            var id = DepartmentId(group.Key, departments);
            var memberIds = group.Select(m => people.FindIndex(p => Same(p.AadObjectId, m.AadObjectId))).Where(i => i >= 0).ToList();
            var head = group
                .Where(m => m.ManagerAadObjectId is not null && group.Any(o => Same(o.AadObjectId, m.ManagerAadObjectId)))
                .GroupBy(m => m.ManagerAadObjectId!, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count())
                .Select(g => people.FirstOrDefault(p => Same(p.AadObjectId, g.Key)))
                .FirstOrDefault(p => p is not null);
            departments.Add(new Department(id, new LocalizedText(group.Key, group.Key)) { HeadPersonId = head?.Id });
            foreach (var index in memberIds.Where(i => people[i].DepartmentId is null))
            {
                people[index] = people[index] with { DepartmentId = id };
            }

            if (head is not null)
            {
                var at = people.FindIndex(p => p.Id == head.Id);
                people[at] = people[at] with { Roles = people[at].Roles | Role.DepartmentHead };
            }

            count++;
        }

        return (organisation with { Departments = departments, People = people }, count);
    }

    private static string DepartmentId(string name, List<Department> departments)
    {
        var stem = PersonIds.New(new OrganisationProfile { CompanyName = new LocalizedText(string.Empty, string.Empty) }, name + "@", null);
        if (stem.StartsWith("person-", StringComparison.Ordinal))
        {
            stem = "dept";
        }

        var id = stem;
        for (var n = 2; departments.Any(d => d.Id == id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    private static bool Same(string? a, string? b) => a is { Length: > 0 } && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The merged organisation, and how many people were added or completed and departments proposed.</summary>
public sealed record RosterImportResult(OrganisationProfile Organisation, int Added, int Updated, int ProposedDepartments);
