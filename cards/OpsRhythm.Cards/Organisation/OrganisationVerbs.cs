namespace OpsRhythm.Cards.Organisation;

/// <summary>The card actions of the organisation card and its forms.</summary>
public static class OrganisationVerbs
{
    public const string Show = "org.show";
    public const string DepartmentForm = "org.department.form";
    public const string PersonForm = "org.person.form";
    public const string SettingsForm = "org.settings.form";
    public const string SaveDepartment = "org.department.save";
    public const string SavePerson = "org.person.save";
    public const string SaveSettings = "org.settings.save";
    public const string Setup = "org.setup";
    public const string Import = "org.import";

    /// <summary>The entity id the cards carry: the whole organisation is one document.</summary>
    public const string EntityId = "organisation";

    /// <summary>Data key telling a save whether the form added or edited.</summary>
    public const string ModeKey = "mode";
    public const string NewMode = "new";
    public const string EditMode = "edit";

    /// <summary>The pickers on the organisation card choosing what the form edits.</summary>
    public const string DepartmentPick = "deptPick";
    public const string PersonPick = "personPick";
}
