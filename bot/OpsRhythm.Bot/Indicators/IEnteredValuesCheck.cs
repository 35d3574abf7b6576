namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// What another feature adds to the batch that saves actual values (the risks' early warning): it is asked
/// with the values about to be written and answers with documents, messages and audit entries committed
/// atomically with them. Indicators declare it and Risks implement it, so figures do not depend on risks.
/// </summary>
internal interface IEnteredValuesCheck
{
    Task<EnteredValuesOutcome> CheckAsync(EnteredValues entered, CancellationToken cancellationToken);
}
