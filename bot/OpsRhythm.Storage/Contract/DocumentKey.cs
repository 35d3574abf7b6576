namespace OpsRhythm.Storage.Contract;

/// <summary>Where a document lives: its partition key and its id within the partition.</summary>
public readonly record struct DocumentKey(string PartitionKey, string Id)
{
    public override string ToString() => $"{PartitionKey}/{Id}";
}
