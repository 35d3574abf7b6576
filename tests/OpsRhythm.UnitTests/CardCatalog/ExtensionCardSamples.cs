using OpsRhythm.Bot.Extension;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Every card the message extension answers with: a shared item as a viewer sees it (full, longest, restricted,
/// gone, a dashboard link's card) and its dialogs (the action item form, the risk and suggestion forms as dialogs).
/// </summary>
public sealed class ExtensionCardSamples : ICardSamples
{
    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var riskRef = new Dictionary<string, string> { [SharedItemFields.Kind] = SharedItemKinds.Risk, [SharedItemFields.Partition] = "sales", [ActionData.EntityIdKey] = "risk-1" };
        var facts = Enumerable.Range(0, 7).Select(i => new Fact($"事实 {i}", new string('值', 20))).ToList();
        var risk = new SharedItemView(SharedItemKinds.Risk, "华东渠道商拖欠货款已超过 90 天", riskRef)
        {
            Text = "华东渠道商拖欠货款已超过 90 天\n请销售部跟进",
            Facts = facts,
        };
        yield return new("extension/shared-risk", SharedItemCard.Build(risk, text));
        yield return new("extension/shared-longest", SharedItemCard.Build(risk with { Title = new string('题', 80), Text = new string('述', RiskLimits.Description) }, text));
        var restricted = Rejection.OtherDepartment("sales", Role.OpsOffice | Role.Leadership | Role.DepartmentHead);
        yield return new("extension/shared-restricted", SharedItemCard.Build(risk with { Title = string.Empty, Restricted = RejectionText.Describe(restricted, text, org) }, text));
        yield return new("extension/shared-gone", SharedItemCard.Build(new SharedItemView(SharedItemKinds.ActionItem, string.Empty, riskRef) { Restricted = text["Extension.Card.Gone"] }, text));
        var dashboardRef = new Dictionary<string, string> { [SharedItemFields.Kind] = SharedItemKinds.Dashboard, [SharedItemFields.Department] = "sales", [DashboardLink.UrlField] = "https://ops.example.com/dashboard/?department=sales" };
        yield return new("extension/shared-dashboard", SharedItemCard.Build(new SharedItemView(SharedItemKinds.Dashboard, "销售部 · 2026年12月", dashboardRef)
        {
            Facts = facts,
            OpenUrl = dashboardRef[DashboardLink.UrlField],
        }, text));

        var typed = new Dictionary<string, string> { [ActionItemFields.Text] = new string('行', ActionItemLimits.Text), [ActionItemFields.Owner] = "li-qiang", [ActionItemFields.Deadline] = "2026-12-14" };
        yield return new("extension/action-item-dialog", ActionItemDialogCard.Build(org, text, "recordActionItem", typed));
        yield return new("extension/action-item-dialog-errors", ActionItemDialogCard.Build(org, text, "recordActionItem", typed, Rejection.Invalid(new Dictionary<string, FieldError>
        {
            [ActionItemFields.Deadline] = new("Minutes.Validation.BadDate"),
            [ActionItemFields.Owner] = new("Minutes.Validation.Owner"),
        })));
        var departments = org.Departments.Select(d => d.Id).ToHashSet();
        yield return new("extension/risk-dialog", DialogForm.From(RiskFormCard.Build(org, IndicatorCatalog.Seed, departments, text, new Dictionary<string, string> { [RiskFields.Description] = new string('险', RiskLimits.Description) }), "recordRisk"));
        yield return new("extension/suggestion-dialog", DialogForm.From(SuggestionFormCard.Build(text, new Dictionary<string, string> { [ImprovementFields.Problem] = "报销流程太慢" }), "recordSuggestion"));
    }
}
