using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using static OpsRhythm.Cards.Organisation.OrganisationCardParts;

namespace OpsRhythm.Cards.Organisation;

/// <summary>
/// 代理人: who stands in for whom and when (a department's deputy for its plan, an approver's delegate),
/// each with an End button for whoever may end it, and a form naming one (whom for, who, from, until).
/// </summary>
public static class StandInCard
{
    /// <summary>At most this many stand-ins are listed, so the card stays well under Teams' size limit.</summary>
    public const int MaxListed = 30;

    public static AdaptiveCard Build(StandInView view, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        var organisation = view.Organisation;
        var body = Header(text["StandIn.Title"], view.Notice);
        body.Add(new TextBlock(text["StandIn.Explain"]) { Wrap = true, IsSubtle = true });
        var listed = organisation.StandIns.Where(s => s.Until >= view.Today).OrderBy(s => s.From).Take(MaxListed).ToList();
        if (listed.Count == 0)
        {
            body.Add(new TextBlock(text["StandIn.None"]) { IsSubtle = true });
        }

        foreach (var standIn in listed)
        {
            body.Add(Line(view, standIn, text));
        }

        if (view.Principals.Count == 0)
        {
            return new AdaptiveCard(body) { FallbackText = text["StandIn.Title"], Lang = text.Culture.TwoLetterISOLanguageName };
        }

        body.Add(new TextBlock(text["StandIn.Name"]) { Weight = TextWeight.Bolder, Separator = true });
        string Typed(string field, string? value) => view.Typed is { } typed && typed.TryGetValue(field, out var t) ? t : value ?? string.Empty;
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. view.Principals.Select(key => new Choice(PrincipalName(organisation, key, text), key))])
            {
                Id = StandInFields.For, Label = text["StandIn.For"], Value = Typed(StandInFields.For, view.Principals[0]), IsRequired = true, ErrorMessage = text["Organisation.Error.Required"],
            },
            view.Rejection,
            text));
        body.AddRange(FieldInput.With(
            new InputChoiceSet([.. organisation.People.Select(p => new Choice(p.Name.For(text.Culture), p.Id))])
            {
                Id = StandInFields.Deputy, Label = text["StandIn.Deputy"], Style = ChoiceInputStyle.Filtered, Value = Typed(StandInFields.Deputy, null), IsRequired = true, ErrorMessage = text["Organisation.Error.Required"],
            },
            view.Rejection,
            text));
        var today = view.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        body.AddRange(FieldInput.With(new InputDate { Id = StandInFields.From, Label = text["StandIn.From"], Value = Typed(StandInFields.From, today), IsRequired = true, ErrorMessage = text["Organisation.Error.Required"] }, view.Rejection, text));
        body.AddRange(FieldInput.With(new InputDate { Id = StandInFields.Until, Label = text["StandIn.Until"], Value = Typed(StandInFields.Until, null), Min = today, IsRequired = true, ErrorMessage = text["Organisation.Error.Required"] }, view.Rejection, text));
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["StandIn.Save"], StandInVerbs.Set, OrganisationVerbs.EntityId, view.Version)],
            FallbackText = text["StandIn.Title"],
            Lang = text.Culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>"销售部（部门计划）" or "陈静（审批）": whom a stand-in acts for.</summary>
    public static string PrincipalName(OrganisationProfile organisation, string key, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        return StandInAdministration.Parse(key) switch
        {
            (StandInKind.Department, var id) => text.Format("StandIn.ForDepartment", organisation.FindDepartment(id)?.Name.For(text.Culture) ?? id),
            (StandInKind.Approval, var id) => text.Format("StandIn.ForApprover", organisation.FindPerson(id)?.Name.For(text.Culture) ?? id),
            _ => key,
        };
    }

    private static ColumnSet Line(StandInView view, StandIn standIn, Localizer text)
    {
        var deputy = view.Organisation.FindPerson(standIn.DeputyId)?.Name.For(text.Culture) ?? standIn.DeputyId;
        var line = text.Format("StandIn.Line", PrincipalName(view.Organisation, standIn.Key, text), deputy, DisplayTime.Date(standIn.From, text), DisplayTime.Date(standIn.Until, text));
        var columns = new List<Column> { new([new TextBlock(line) { Wrap = true }]) { Width = "stretch" } };
        if (view.Principals.Contains(standIn.Key, StringComparer.Ordinal))
        {
            columns.Add(new Column([new ActionSet([ActionData.Execute(text["StandIn.End"], StandInVerbs.Remove, OrganisationVerbs.EntityId, view.Version, new Dictionary<string, string> { [StandInFields.For] = standIn.Key }) with { AssociatedInputs = "none" }])]) { Width = "auto" });
        }

        return new ColumnSet(columns);
    }
}
