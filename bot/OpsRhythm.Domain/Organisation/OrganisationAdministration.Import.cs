using System.Globalization;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Organisation;

public static partial class OrganisationAdministration
{
    public const string ImportedAction = "organisation.imported";

    public const string ImportAdded = "added";

    public const string ImportUpdated = "updated";

    public const string ImportChannels = "channels";

    public const string ImportProposed = "proposedDepartments";

    /// <summary>The administrator's import of the team's roster (see <see cref="RosterImport"/>); the event counts what it did.</summary>
    public static Decision<OrganisationProfile> ImportRoster(OrganisationProfile organisation, Person? actor, ImportRoster command)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        return ByAdministrator(actor, _ => [], () =>
        {
            var result = RosterImport.Merge(organisation, command.TeamId, command.TeamName, command.Members, command.Channels);
            return Decision.Accept(result.Organisation, new WorkflowEvent(ImportedAction)
            {
                Details = new Dictionary<string, string>
                {
                    [ImportAdded] = Count(result.Added),
                    [ImportUpdated] = Count(result.Updated),
                    [ImportChannels] = Count(command.Channels.Count),
                    [ImportProposed] = Count(result.ProposedDepartments),
                },
            });
        });
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
