namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>On a contract subclass: why its store cannot run a test here, or null when it can.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public abstract class StoreAvailabilityAttribute : Attribute
{
    public abstract string? SkipReason();
}
