namespace OpsRhythm.Storage.Contract;

/// <summary>
/// Every stored document carries "type" (the CLR type's name), "id" and "pk" beside its own
/// properties, so several entity types share a partition and queries select one type.
/// </summary>
public static class DocumentTypes
{
    public const string TypeProperty = "type";
    public const string IdProperty = "id";
    public const string PartitionKeyProperty = "pk";

    public static string NameOf<T>() => typeof(T).Name;
}
