using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Protocol.Extensions;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// "记为风险": the risk registration form in a dialog, the description taken from the message; its submit is the
/// risk register verb's own registration (<see cref="RiskRegisterHandler.RegistrationAsync"/>): same checks,
/// audit and owner's notice, answered in the dialog (field errors) or as the new risk's card for the chat.
/// </summary>
internal sealed class RecordRiskCommand(RiskRegisterHandler register, IndicatorReader indicators, CardPipeline pipeline, SharedItems items) : IMessageCommand
{
    public string CommandId => ExtensionCommands.RecordRisk;

    /// <summary>The register verb's own rule: heads and the operations office, for a department they may register in.</summary>
    public VerbAccess Access => register.Access[RiskVerbs.Register];

    public async Task<ExtensionResponse> FetchAsync(ExtensionTurn turn, ExtensionMessage? message, CancellationToken cancellationToken)
    {
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        var departments = IndicatorAccess.DepartmentsFor(turn.Actor, turn.Organisation);
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RiskFields.Description] = ExtensionText.FromMessage(message?.Body?.Content, message?.Body?.ContentType, RiskLimits.Description),
            [RiskFields.Owner] = turn.Actor.Id,
        };
        if (turn.Actor.DepartmentId is { } own && departments.Contains(own))
        {
            typed[RiskFields.Department] = own;
        }

        return Dialog(turn, RiskFormCard.Build(turn.Organisation, catalog, departments, turn.Text, typed));
    }

    public async Task<ExtensionResponse> SubmitAsync(ExtensionTurn turn, CardTurn card, CancellationToken cancellationToken)
    {
        if (RiskMachine.CheckRegister(card.Actor, card.Organisation, card.Value(RiskFields.Department)) is { } forbidden)
        {
            return DialogAnswer.Of(CardAnswers.Forbidden(card, forbidden));
        }

        var registration = await register.RegistrationAsync(card, cancellationToken);
        var result = await pipeline.CreateAsync(card, registration with
        {
            ShowForm = rejection => registration.ShowForm(rejection) is CardResult form ? new DialogAnswer(Dialog(turn, form.Card)) : registration.ShowForm(rejection),
            Show = async (stored, _, ct) => new DialogAnswer(await CreatedAsync(turn, stored.Value, ct)),
        }, cancellationToken);
        return DialogAnswer.Of(result);
    }

    private ExtensionResponse Dialog(ExtensionTurn turn, Cards.Model.AdaptiveCard form) =>
        ExtensionResponse.Dialog(turn.Text["Extension.Command.RecordRisk"], Cards.Model.CardJson.ToElement(DialogForm.From(form, CommandId)));

    private async Task<ExtensionResponse> CreatedAsync(ExtensionTurn turn, Risk risk, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SharedItemFields.Kind] = SharedItemKinds.Risk,
            [SharedItemFields.Partition] = risk.DepartmentId,
            [ActionData.EntityIdKey] = risk.Id,
        };
        return await items.ReadAsync(turn.Query(null), data, cancellationToken) is { } view
            ? SharedItemResults.One(view, turn.Text)
            : ExtensionResponse.Done(turn.Text["Risks.Registered"]);
    }
}
