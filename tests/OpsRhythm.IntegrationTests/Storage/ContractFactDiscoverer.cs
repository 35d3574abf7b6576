using Xunit.Abstractions;
using Xunit.Sdk;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests, skipping those the subclass's store cannot run.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var availability = testMethod.TestClass.Class.GetCustomAttributes(typeof(StoreAvailabilityAttribute))
            .OfType<IReflectionAttributeInfo>()
            .Select(a => (StoreAvailabilityAttribute)a.Attribute)
            .FirstOrDefault();
        var skipReason = availability?.SkipReason();
        yield return new ContractTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skipReason);
    }
}
