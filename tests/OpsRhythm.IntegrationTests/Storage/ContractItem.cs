namespace OpsRhythm.IntegrationTests.Storage;

public enum ContractStage
{
    Draft,
    Submitted,
    Approved,
}

/// <summary>The document the contract suite writes: scalars of every kind a query filters on.</summary>
public sealed record ContractItem(string Name, int Count)
{
    public ContractStage Stage { get; init; }

    public bool Done { get; init; }

    public string? Note { get; init; }

    public string Run { get; init; } = string.Empty;
}

/// <summary>A second type in the same partition, which queries for <see cref="ContractItem"/> must not return.</summary>
public sealed record ContractOtherItem(string Name, int Count);
