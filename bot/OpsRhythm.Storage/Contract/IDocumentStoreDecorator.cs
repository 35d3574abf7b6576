namespace OpsRhythm.Storage.Contract;

/// <summary>
/// A store that wraps another (tracing, write signals): lets start-up and maintenance code reach the
/// provider's own store (to initialise Cosmos DB, to purge expired SQLite rows) through any wrapping.
/// </summary>
public interface IDocumentStoreDecorator
{
    IDocumentStore Inner { get; }

    /// <summary>The store under every decorator.</summary>
    static IDocumentStore Innermost(IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        while (store is IDocumentStoreDecorator decorator)
        {
            store = decorator.Inner;
        }

        return store;
    }
}
