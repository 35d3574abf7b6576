using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Turns;
using F = OpsRhythm.Domain.Organisation.OrganisationFields;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

public sealed class OrganisationAdministrationTests
{
    private readonly OrganisationProfile _organisation = SampleOrganisation.Load();

    private Person Administrator => _organisation.FindPerson("wang-min")!;

    [Fact]
    public void SaveDepartment_ByDepartmentHead_RejectedNamingAdministrators()
    {
        var decision = OrganisationAdministration.SaveDepartment(_organisation, _organisation.FindPerson("li-qiang"), NewDepartment());

        Assert.Equal(RejectionReason.RoleNotAllowed, decision.Rejection?.Reason);
        Assert.Equal(Role.Administrator, decision.Rejection?.AllowedRoles);
    }

    [Fact]
    public void SaveDepartment_NewValid_AddsDepartmentWithEvent()
    {
        var decision = OrganisationAdministration.SaveDepartment(_organisation, Administrator, NewDepartment());

        Assert.True(decision.IsAccepted);
        var added = decision.State!.FindDepartment("quality");
        Assert.Equal("质量部", added?.Name.ZhCn);
        Assert.Equal("zhang-wei", added?.HeadPersonId);
        Assert.Equal(_organisation.Departments.Count + 1, decision.State.Departments.Count);
        Assert.Equal("department.added", Assert.Single(decision.Events).Action);
    }

    [Fact]
    public void SaveDepartment_PickedMembersAndHead_JoinTheDepartmentAndTheHeadGetsTheRole()
    {
        var organisation = _organisation with { People = [.. _organisation.People.Select(p => p.Id is "sun-hao" or "gao-yu" ? p with { DepartmentId = null } : p)] };
        var edit = NewDepartment() with { HeadPersonId = "sun-hao", MemberIds = ["sun-hao", "gao-yu"] };

        var decision = OrganisationAdministration.SaveDepartment(organisation, Administrator, edit);

        Assert.True(decision.IsAccepted);
        Assert.Equal(["gao-yu", "sun-hao"], decision.State!.MembersOf("quality").Select(p => p.Id).Order());
        Assert.True(decision.State.FindPerson("sun-hao")!.Has(Role.DepartmentHead));
    }

    [Fact]
    public void SaveDepartment_ChannelNotAmongTheImportedChannels_ReportsTheChannelField()
    {
        var organisation = _organisation with { Channels = [new TeamChannel("19:ops@thread.tacv2", "运营")] };

        var decision = OrganisationAdministration.SaveDepartment(organisation, Administrator, NewDepartment() with { ChannelId = "19:typo@thread.tacv2" });

        Assert.Contains(F.DepartmentChannel, decision.Rejection!.FieldErrors.Keys);
    }

    [Fact]
    public void SaveDepartment_HeadNotAPersonAndIdTakenAndNoName_ReportsEachField()
    {
        var edit = NewDepartment() with { Id = "sales", NameEn = " ", HeadPersonId = "nobody" };

        var decision = OrganisationAdministration.SaveDepartment(_organisation, Administrator, edit);

        var errors = decision.Rejection!.FieldErrors;
        Assert.Equal(RejectionReason.InvalidInput, decision.Rejection.Reason);
        Assert.Equal("Organisation.Error.IdTaken", errors[F.DepartmentId].TextKey);
        Assert.Equal("Organisation.Error.Required", errors[F.DepartmentNameEn].TextKey);
        Assert.Equal("Organisation.Error.NoSuchPerson", errors[F.DepartmentHead].TextKey);
    }

    [Fact]
    public void SaveDepartment_EditExisting_ReplacesInPlace()
    {
        var edit = new DepartmentEdit("sales", "销售与市场部", "Sales and Marketing", "sun-hao", "channel-sales", IsNew: false);

        var decision = OrganisationAdministration.SaveDepartment(_organisation, Administrator, edit);

        Assert.Equal(_organisation.Departments.Count, decision.State!.Departments.Count);
        Assert.Equal("sun-hao", decision.State.HeadOf("sales")?.Id);
        Assert.Equal("department.updated", Assert.Single(decision.Events).Action);
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    [InlineData("China Standard Time", false)]
    public void SaveSettings_TimeZone_AcceptsOnlyIanaIds(string timeZone, bool accepted)
    {
        var decision = OrganisationAdministration.SaveSettings(_organisation, Administrator, new SettingsEdit("channel-ops", "channel-general", timeZone));

        Assert.Equal(accepted, decision.IsAccepted);
        if (!accepted)
        {
            Assert.Equal("Organisation.Error.TimeZone", decision.Rejection!.FieldErrors[F.TimeZone].TextKey);
        }
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("zh-CN", true)]
    [InlineData("fr-FR", false)]
    public void SaveSettings_DefaultLanguage_OnlyTheOffered(string language, bool accepted)
    {
        var decision = OrganisationAdministration.SaveSettings(_organisation, Administrator, new SettingsEdit("channel-ops", "channel-general", "Asia/Shanghai", language));

        Assert.Equal(accepted, decision.IsAccepted);
        Assert.Equal(accepted ? language : null, decision.State?.DefaultLanguage);
        if (!accepted)
        {
            Assert.Equal("Organisation.Error.Language", decision.Rejection!.FieldErrors[F.DefaultLanguage].TextKey);
        }
    }

    [Fact]
    public void SavePerson_TeamsIdOfSomeoneElse_Rejected()
    {
        var edit = new PersonEdit("new-person", "新人", "New Person", "user-id-1", "sales", Role.Employee, IsNew: true);

        var decision = OrganisationAdministration.SavePerson(_organisation, Administrator, edit);

        Assert.Equal("Organisation.Error.TeamsIdTaken", decision.Rejection!.FieldErrors[F.PersonTeamsId].TextKey);
    }

    [Fact]
    public void SavePerson_AdministratorDropsOwnAdministratorRole_Rejected()
    {
        var edit = new PersonEdit("wang-min", "王敏", "Wang Min", "user-id-0", "ops", Role.Employee | Role.OpsOffice, IsNew: false);

        var decision = OrganisationAdministration.SavePerson(_organisation, Administrator, edit);

        Assert.Equal("Organisation.Error.KeepOwnAdministrator", decision.Rejection!.FieldErrors[F.PersonRoles].TextKey);
    }

    [Fact]
    public void SavePerson_EditKeepsLocaleAndEmail()
    {
        var edit = new PersonEdit("chen-jing", "陈静", "Chen Jing", "user-id-5", "ops", Role.Employee | Role.Leadership, IsNew: false);

        var decision = OrganisationAdministration.SavePerson(_organisation, Administrator, edit);

        var person = decision.State!.FindPerson("chen-jing")!;
        Assert.Equal("ops", person.DepartmentId);
        Assert.Equal("zh-CN", person.Locale);
        Assert.Equal("chen.jing@huacai.example", person.Email);
    }

    private static DepartmentEdit NewDepartment() => new("quality", "质量部", "Quality", "zhang-wei", "channel-quality", IsNew: true);
}
