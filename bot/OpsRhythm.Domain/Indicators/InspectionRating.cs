namespace OpsRhythm.Domain.Indicators;

public enum InspectionRating
{
    Excellent,
    Good,
    Fair,
    Poor,
}
