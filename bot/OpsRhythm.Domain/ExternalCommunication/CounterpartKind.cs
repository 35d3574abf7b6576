namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>Who the company talks to outside (R-6.4, 外部沟通): customers, and the partners the policy names.</summary>
public enum CounterpartKind
{
    /// <summary>客户: the policy's regular customer follow-ups (定期回访客户).</summary>
    Customer,

    /// <summary>供应商.</summary>
    Supplier,

    /// <summary>经销商.</summary>
    Distributor,

    /// <summary>服务商.</summary>
    ServiceProvider,
}
