using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>The part of the sample organisation the indicator, risk and improvement flows touch.</summary>
internal static class FeatureFlowOrganisation
{
    public static Person Ops { get; } = new("wang-min", new("王敏", "Wang Min")) { DepartmentId = "ops", Roles = Role.Employee | Role.DepartmentHead | Role.OpsOffice };

    public static Person SalesHead { get; } = new("li-qiang", new("李强", "Li Qiang")) { DepartmentId = "sales", Roles = Role.Employee | Role.DepartmentHead, Locale = "en-US" };

    public static Person Employee { get; } = new("sun-hao", new("孙浩", "Sun Hao")) { DepartmentId = "sales", Roles = Role.Employee };

    public static OrganisationProfile Profile { get; } = new()
    {
        CompanyName = new("华彩制造有限公司", "Huacai Manufacturing Co."),
        Departments =
        [
            new("ops", new("运营管理部", "Operations Office")) { HeadPersonId = "wang-min", ChannelId = "channel-ops" },
            new("sales", new("销售部", "Sales")) { HeadPersonId = "li-qiang", ChannelId = "channel-sales" },
        ],
        People = [Ops, SalesHead, Employee],
        OpsChannelId = "channel-ops",
        AnnouncementChannelId = "channel-general",
    };
}
