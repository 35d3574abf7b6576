namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The indicator system, one document (pk "catalog") the ops office edits. The seed is the
/// policy's four groups; the ops office may add, rename or retune them.
/// </summary>
public sealed record IndicatorCatalog(IReadOnlyList<Indicator> Indicators)
{
    public const string PartitionKey = "catalog";
    public const string DocumentId = "catalog";

    /// <summary>The market share indicator, which annual plans require (its plan metric key is "marketShare").</summary>
    public const string MarketShareId = "market-share";

    /// <summary>The indicators annual plans require targets for: a catalog stored before one of them was seeded still offers it.</summary>
    public static IReadOnlyList<string> RequiredByPlans { get; } = ["sales", "profit", MarketShareId];

    public Indicator? Find(string idOrName) => Indicators.FirstOrDefault(i => i.IsNamed(idOrName.Trim()));

    public IndicatorCatalog With(Indicator indicator) =>
        new([.. Indicators.Where(i => i.Id != indicator.Id), indicator]);

    /// <summary>
    /// This catalog with the indicators annual plans require added from the seed where missing, so a catalog
    /// the ops office stored before market share was seeded still maps the annual plans' market share target.
    /// </summary>
    public IndicatorCatalog WithRequiredByPlans() =>
        RequiredByPlans.All(id => Indicators.Any(i => i.Id == id))
            ? this
            : new([.. Indicators, .. Seed.Indicators.Where(s => RequiredByPlans.Contains(s.Id) && Indicators.All(i => i.Id != s.Id))]);

    public static IndicatorCatalog Seed { get; } = new(
    [
        new("sales", new("销售额", "Sales"), IndicatorGroup.Financial, "万元", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly),
        new("profit", new("利润", "Profit"), IndicatorGroup.Financial, "万元", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly),
        // 市场占有率: the third business target every annual plan states (R-1.2, Metrics.MarketShare); measured once a year.
        new(MarketShareId, new("市场占有率", "Market share"), IndicatorGroup.Financial, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Annual),
        new("cost-ratio", new("成本费用率", "Cost ratio"), IndicatorGroup.Financial, "%", IndicatorDirection.LowerIsBetter, IndicatorFrequency.Monthly),
        new("inventory-turnover", new("库存周转率", "Inventory turnover"), IndicatorGroup.Efficiency, "次", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Quarterly),
        new("order-cycle", new("订单处理周期", "Order processing cycle"), IndicatorGroup.Efficiency, "天", IndicatorDirection.LowerIsBetter, IndicatorFrequency.Monthly),
        new("production-efficiency", new("生产效率", "Production efficiency"), IndicatorGroup.Efficiency, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly),
        new("customer-satisfaction", new("客户满意度", "Customer satisfaction"), IndicatorGroup.Customer, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Quarterly),
        new("complaint-rate", new("客户投诉率", "Complaint rate"), IndicatorGroup.Customer, "%", IndicatorDirection.LowerIsBetter, IndicatorFrequency.Monthly),
        new("customer-loyalty", new("客户忠诚度", "Customer loyalty"), IndicatorGroup.Customer, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Annual),
        new("attendance", new("员工出勤率", "Attendance"), IndicatorGroup.Internal, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly),
        new("training-completion", new("培训完成率", "Training completion"), IndicatorGroup.Internal, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Quarterly),
        new("policy-compliance", new("制度执行率", "Policy compliance"), IndicatorGroup.Internal, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Quarterly),
    ]);
}
