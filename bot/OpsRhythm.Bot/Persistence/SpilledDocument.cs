using System.Text.Json;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Bot.Persistence;

/// <summary>One document held by a <see cref="MessageSpill"/>: its id, its CLR type (assembly-qualified) and its JSON.</summary>
internal sealed record SpilledDocument(string Id, string ValueType, JsonElement Value)
{
    public static SpilledDocument Of(BatchCreate create)
    {
        return new SpilledDocument(create.Id, create.ValueType.AssemblyQualifiedName!, JsonSerializer.SerializeToElement(create.Value, create.ValueType, DocumentJson.Options));
    }

    /// <summary>The create this document was spilled from.</summary>
    public BatchCreate ToCreate()
    {
        var type = Type.GetType(ValueType, throwOnError: true)!;
        if (type.Assembly.GetName().Name?.StartsWith("OpsRhythm.", StringComparison.Ordinal) != true)
        {
            // Only the project's own document types are ever spilled; anything else is not ours to create.
            throw new InvalidOperationException($"Spilled document {Id} names a foreign type {type.FullName}.");
        }

        var value = Value.Deserialize(type, DocumentJson.Options) ?? throw new InvalidOperationException($"Spilled document {Id} is null.");
        return new BatchCreate(Id, value, type);
    }
}
