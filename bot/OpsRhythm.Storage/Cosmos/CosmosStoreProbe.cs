using System.Net;
using Microsoft.Azure.Cosmos;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// Checks, with the configured identity, that the account answers, the database and every container
/// exist and the identity may read them: the start of the bot (in Production, where nothing is
/// created) and a readiness check call it, and both report the same message, which names the
/// endpoint, the database, the missing container or role and the fix.
/// </summary>
public sealed class CosmosStoreProbe(CosmosClient client, CosmosStoreOptions options)
{
    /// <summary>A document id that is never written: reading it proves data-plane read access (404 is the healthy answer).</summary>
    private const string ProbeId = "opsrhythm-store-probe";

    public async Task<CosmosStoreProbeResult> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartupCheckTimeout);
        try
        {
            var database = client.GetDatabase(options.Database);
            using (var response = await database.ReadStreamAsync(cancellationToken: timeout.Token))
            {
                if (Failure(response.StatusCode, null, response.ErrorMessage) is { } failure)
                {
                    return failure;
                }
            }

            var missing = new List<string>();
            foreach (var name in StorageContainers.All)
            {
                var container = database.GetContainer(name);
                using var response = await container.ReadContainerStreamAsync(cancellationToken: timeout.Token);
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    missing.Add(name);
                    continue;
                }

                if (Failure(response.StatusCode, name, response.ErrorMessage) is { } failure)
                {
                    return failure;
                }

                using var item = await container.ReadItemStreamAsync(ProbeId, new PartitionKey(ProbeId), cancellationToken: timeout.Token);
                if (item.StatusCode != HttpStatusCode.NotFound && Failure(item.StatusCode, name, item.ErrorMessage) is { } itemFailure)
                {
                    return itemFailure;
                }
            }

            return missing.Count == 0
                ? CosmosStoreProbeResult.Healthy
                : Problem($"container{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))} of database '{options.Database}' do{(missing.Count > 1 ? string.Empty : "es")} not exist. "
                    + "Fix: deploy infra/ (main.bicep creates every container with partition key /pk), or set Storage:Cosmos:CreateIfNotExists=true on a local or test account.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unreachable($"no answer within {options.StartupCheckTimeout.TotalSeconds:0} s");
        }
        catch (CosmosException exception)
        {
            return Failure(exception.StatusCode, null, exception.Message) ?? Unreachable(exception.Message);
        }
        catch (HttpRequestException exception)
        {
            return Unreachable(exception.Message);
        }
    }

    /// <summary>How the store signs in, as a person fixing a role assignment needs to know it.</summary>
    public string Identity => string.IsNullOrEmpty(options.Key)
        ? "DefaultAzureCredential (managed identity" + (Environment.GetEnvironmentVariable("AZURE_CLIENT_ID") is { Length: > 0 } id ? $" {id}" : string.Empty) + ")"
        : "the account key (Storage:Cosmos:Key)";

    private CosmosStoreProbeResult? Failure(HttpStatusCode status, string? container, string? detail) => status switch
    {
        _ when (int)status is >= 200 and < 300 => null,
        HttpStatusCode.NotFound when container is null => Problem(
            $"database '{options.Database}' does not exist. Fix: deploy infra/ (it creates the database and its containers), correct Storage:Cosmos:Database, "
            + "or set Storage:Cosmos:CreateIfNotExists=true on a local or test account."),
        HttpStatusCode.Unauthorized => Problem(
            $"the account refused {Identity} (401: {First(detail)}). Fix: set Storage:Cosmos:Key to a valid key, or leave it empty to sign in with the managed identity."),
        HttpStatusCode.Forbidden => Problem(
            $"{Identity} has no data-plane role on database '{options.Database}'{(container is null ? string.Empty : $" (container '{container}')")} (403: {First(detail)}). "
            + "Fix: assign it the role 'Cosmos DB Built-in Data Contributor' (00000000-0000-0000-0000-000000000002) on the account, as infra/modules/cosmos.bicep does "
            + "(az cosmosdb sql role assignment create --role-definition-id 00000000-0000-0000-0000-000000000002 --principal-id <identity> --scope /), "
            + "and if the account has public access disabled, reach it through its private endpoint."),
        _ when CosmosFailures.IsUnavailable(status) => Unreachable($"{(int)status}: {First(detail)}"),
        _ => Problem($"reading {(container is null ? $"database '{options.Database}'" : $"container '{container}'")} answered {(int)status}: {First(detail)}."),
    };

    private CosmosStoreProbeResult Unreachable(string reason) => Problem(
        $"the account does not answer ({First(reason)}). Fix: check Storage:Cosmos:Endpoint (https://<account>.documents.azure.com:443/), "
        + "the network path (private endpoint, firewall, DNS) and Storage:Cosmos:ConnectionMode (Gateway needs only HTTPS 443; Direct also needs ports 10250-10255).");

    private CosmosStoreProbeResult Problem(string what) =>
        new(false, $"Cosmos DB store at {options.Endpoint}, database '{options.Database}': {what}");

    /// <summary>The SDK's messages run to pages of diagnostics; the first line says what happened.</summary>
    private static string First(string? detail)
    {
        var text = (detail ?? string.Empty).Trim();
        var end = text.IndexOfAny(['\r', '\n']);
        text = end < 0 ? text : text[..end];
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
