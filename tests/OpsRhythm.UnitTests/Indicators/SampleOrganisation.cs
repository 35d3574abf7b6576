using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Indicators;

/// <summary>A small organisation like the sample one: an ops office member, two heads, a leader, an employee.</summary>
internal static class SampleOrganisation
{
    public static Person Ops { get; } = new("wang-min", new("王敏", "Wang Min")) { DepartmentId = "ops", Roles = Role.Employee | Role.OpsOffice | Role.DepartmentHead };

    public static Person SalesHead { get; } = new("li-qiang", new("李强", "Li Qiang")) { DepartmentId = "sales", Roles = Role.Employee | Role.DepartmentHead };

    public static Person HrHead { get; } = new("zhao-li", new("赵丽", "Zhao Li")) { DepartmentId = "hr", Roles = Role.Employee | Role.DepartmentHead };

    public static Person Leader { get; } = new("chen-jing", new("陈静", "Chen Jing")) { Roles = Role.Employee | Role.Leadership };

    public static Person Employee { get; } = new("sun-hao", new("孙浩", "Sun Hao")) { DepartmentId = "sales", Roles = Role.Employee };

    public static OrganisationProfile Profile { get; } = new()
    {
        CompanyName = new("示例公司", "Sample Co."),
        Departments =
        [
            new("ops", new("运营管理部", "Operations")) { HeadPersonId = "wang-min", ChannelId = "channel-ops" },
            new("sales", new("销售部", "Sales")) { HeadPersonId = "li-qiang", ChannelId = "channel-sales" },
            new("hr", new("人力资源部", "HR")) { HeadPersonId = "zhao-li", ChannelId = "channel-hr" },
        ],
        People = [Ops, SalesHead, HrHead, Leader, Employee],
        OpsChannelId = "channel-ops",
        AnnouncementChannelId = "channel-general",
    };
}
