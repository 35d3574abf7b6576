using System.Net;
using Microsoft.AspNetCore.Http;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.UnitTests.Messaging;

public sealed class LocalDevelopmentAuthenticatorTests
{
    [Theory]
    [InlineData("127.0.0.1", InboundAuthResult.Allowed)]
    [InlineData("::1", InboundAuthResult.Allowed)]
    [InlineData("::ffff:127.0.0.1", InboundAuthResult.Allowed)]
    [InlineData("10.1.2.3", InboundAuthResult.Unauthorized)]
    [InlineData("::ffff:192.168.1.20", InboundAuthResult.Unauthorized)]
    [InlineData(null, InboundAuthResult.Unauthorized)]
    public async Task AuthenticateAsync_RemoteAddress_AllowsOnlyLoopback(string? address, InboundAuthResult expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);

        var result = await new LocalDevelopmentAuthenticator().AuthenticateAsync(context, new Activity(), CancellationToken.None);

        Assert.Equal(expected, result);
    }
}
