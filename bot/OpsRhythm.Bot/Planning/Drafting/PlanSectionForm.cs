using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>
/// Reads a section card's inputs (every value a string, as Teams sends them) into plan content.
/// A row left empty is dropped; unreadable numbers and dates become field errors.
/// </summary>
internal static class PlanSectionForm
{
    public static ParsedSection Parse(PlanSection section, CardActionRequest request, PlanContent content)
    {
        var rows = (request.Value(PlanSectionCard.RowsKey) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            // The row list is card data, so a forged one may hold anything: only row numbers count.
            .Select(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : -1)
            .Where(row => row >= 0)
            .Distinct()
            .ToList();
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        return section switch
        {
            PlanSection.Targets => Targets(request, content, rows, errors),
            PlanSection.Tasks => Tasks(request, content, rows, errors),
            PlanSection.Risks => Risks(request, content, rows, errors),
            _ => Resources(request, content, errors),
        };
    }

    private static ParsedSection Targets(CardActionRequest request, PlanContent content, List<int> rows, Dictionary<string, FieldError> errors)
    {
        var result = new List<(PlanTarget Target, int Row)>();
        foreach (var row in rows)
        {
            var metric = request.Value(PlanFields.Target(row, "metric"));
            var unit = request.Value(PlanFields.Target(row, "unit"));
            var value = request.Value(PlanFields.Target(row, "value"));
            if (metric is null && unit is null && value is null)
            {
                continue;
            }

            result.Add((new PlanTarget(PlanNames.MetricKey(metric ?? string.Empty), unit?.Trim() ?? string.Empty, Decimal(value, PlanFields.Target(row, "value"), errors)), row));
        }

        return Build(content with { Targets = result.Select(r => r.Target).ToList() }, errors, result.Select(r => (int?)r.Row));
    }

    private static ParsedSection Tasks(CardActionRequest request, PlanContent content, List<int> rows, Dictionary<string, FieldError> errors)
    {
        var existing = content.Tasks;
        var edited = new Dictionary<int, PlanTask?>();
        var added = new List<(PlanTask Task, int Row)>();
        foreach (var row in rows)
        {
            var title = request.Value(PlanFields.Task(row, "title"))?.Trim();
            var owner = request.Value(PlanFields.Task(row, "owner")) ?? string.Empty;
            var dueText = request.Value(PlanFields.Task(row, "due"));
            var milestone = string.Equals(request.Value(PlanFields.Task(row, "milestone")), "true", StringComparison.OrdinalIgnoreCase);
            if (string.IsNullOrEmpty(title))
            {
                // Clearing the title removes an existing task; an untouched blank row adds nothing.
                if (row < existing.Count)
                {
                    edited[row] = null;
                }

                continue;
            }

            var due = Date(dueText, PlanFields.Task(row, "due"), errors);
            if (row < existing.Count)
            {
                edited[row] = existing[row] with { Title = title, OwnerPersonId = owner, DueDate = due, IsMilestone = milestone };
            }
            else
            {
                added.Add((new PlanTask("t" + Guid.NewGuid().ToString("N")[..8], title, owner, due) { IsMilestone = milestone }, row));
            }
        }

        var result = new List<(PlanTask Task, int? Row)>();
        for (var i = 0; i < existing.Count; i++)
        {
            if (!edited.TryGetValue(i, out var task))
            {
                result.Add((existing[i], null));
            }
            else if (task is not null)
            {
                result.Add((task, i));
            }
        }

        result.AddRange(added.Select(a => (a.Task, (int?)a.Row)));
        return Build(content with { Tasks = result.Select(r => r.Task).ToList() }, errors, result.Select(r => r.Row));
    }

    private static ParsedSection Risks(CardActionRequest request, PlanContent content, List<int> rows, Dictionary<string, FieldError> errors)
    {
        var existing = content.Risks;
        var edited = new Dictionary<int, PlanRisk?>();
        var added = new List<(PlanRisk Risk, int Row)>();
        foreach (var row in rows)
        {
            var description = request.Value(PlanFields.Risk(row, "description"))?.Trim();
            if (string.IsNullOrEmpty(description))
            {
                if (row < existing.Count)
                {
                    edited[row] = null;
                }

                continue;
            }

            var risk = new PlanRisk(
                row < existing.Count ? existing[row].Id : "r" + Guid.NewGuid().ToString("N")[..8],
                description,
                Enum.TryParse<RiskCategory>(request.Value(PlanFields.Risk(row, "category")), out var category) && Enum.IsDefined(category) ? category : RiskCategory.Other,
                Integer(request.Value(PlanFields.Risk(row, "likelihood")), PlanFields.Risk(row, "likelihood"), errors),
                Integer(request.Value(PlanFields.Risk(row, "impact")), PlanFields.Risk(row, "impact"), errors),
                Enum.TryParse<RiskResponse>(request.Value(PlanFields.Risk(row, "response")), out var response) && Enum.IsDefined(response) ? response : RiskResponse.Reduce);
            if (row < existing.Count)
            {
                edited[row] = risk;
            }
            else
            {
                added.Add((risk, row));
            }
        }

        var result = new List<(PlanRisk Risk, int? Row)>();
        for (var i = 0; i < existing.Count; i++)
        {
            if (!edited.TryGetValue(i, out var risk))
            {
                result.Add((existing[i], null));
            }
            else if (risk is not null)
            {
                result.Add((risk, i));
            }
        }

        result.AddRange(added.Select(a => (a.Risk, (int?)a.Row)));
        return Build(content with { Risks = result.Select(r => r.Risk).ToList() }, errors, result.Select(r => r.Row));
    }

    private static ParsedSection Resources(CardActionRequest request, PlanContent content, Dictionary<string, FieldError> errors)
    {
        var resources = new ResourceNeeds
        {
            Headcount = request.Value(PlanFields.Headcount) is null ? 0 : Integer(request.Value(PlanFields.Headcount), PlanFields.Headcount, errors),
            Budget = request.Value(PlanFields.Budget) is null ? 0m : Decimal(request.Value(PlanFields.Budget), PlanFields.Budget, errors),
            Materials = request.Value(PlanFields.Materials)?.Trim() ?? string.Empty,
        };
        return Build(content with { Measures = request.Value(PlanFields.Measures)?.Trim() ?? string.Empty, Resources = resources }, errors, []);
    }

    private static ParsedSection Build(PlanContent content, Dictionary<string, FieldError> errors, IEnumerable<int?> rows)
    {
        var map = new Dictionary<int, int>();
        var index = 0;
        foreach (var row in rows)
        {
            if (row is { } r)
            {
                map[index] = r;
            }

            index++;
        }

        return new ParsedSection(content, errors, map);
    }

    private static decimal Decimal(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = new FieldError("Planning.Error.NotANumber");
        return 0m;
    }

    private static int Integer(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && Math.Abs(value) <= int.MaxValue)
        {
            return (int)value;
        }

        errors[field] = new FieldError("Planning.Error.NotANumber");
        return 0;
    }

    private static DateOnly Date(string? text, string field, Dictionary<string, FieldError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = new FieldError(text is null ? "Planning.Error.Required" : "Planning.Error.NotADate");
        return DateOnly.MinValue;
    }
}
