using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.ExternalCommunication;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.ExternalCommunication;

/// <summary>
/// Follow-ups with customers and partners through the real handlers, pipeline and reminder job on a
/// real store, as the sales head on Monday 2026-12-07 in Shanghai. Each test works in a department of its
/// own (the container's partition), so the shared store's other tests do not meet it.
/// </summary>
public abstract class ExternalFollowUpFlowContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));
    private readonly string _department = "sales-" + Guid.NewGuid().ToString("N")[..8];
    private readonly Person _head;
    private readonly Person _employee;
    private readonly OrganisationProfile _company;

    protected ExternalFollowUpFlowContract()
    {
        _head = new("head-" + _department, new("李强", "Li Qiang")) { DepartmentId = _department, Roles = Role.Employee | Role.DepartmentHead };
        _employee = new("emp-" + _department, new("孙浩", "Sun Hao")) { DepartmentId = _department, Roles = Role.Employee, Locale = "en-US" };
        _company = FeatureFlowOrganisation.Profile with
        {
            Departments = [.. FeatureFlowOrganisation.Profile.Departments, new(_department, new("华东销售部", "East Sales")) { HeadPersonId = _head.Id }],
            People = [.. FeatureFlowOrganisation.Profile.People, _head, _employee],
        };
    }

    protected abstract IDocumentStore Store { get; }

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    private ExternalFollowUpReader Reader => new(Store);

    [Fact]
    public async Task Record_ForAnEmployee_StoredAuditedAndTheOwnerToldInTheSameCommit()
    {
        var (followUp, card) = await RecordAsync();

        Assert.Contains(Localizer.ZhCn["ExternalCommunication.Recorded"], Texts(card), StringComparison.Ordinal);
        Assert.Equal((CounterpartKind.Distributor, _employee.Id, new DateOnly(2026, 12, 10)), (followUp.Kind, followUp.OwnerPersonId, followUp.Date));
        Assert.Equal(["recorded"], (await AllAsync<AuditEvent>()).Where(a => a.EntityId == followUp.Id).Select(a => a.Action));
        var told = Assert.Single(await AllAsync<OutboxMessage>());
        Assert.Equal((OutboxTarget.Person(_employee.Id), $"{followUp.Id}:recorded:owner"), (told.Target, told.IdempotencyKey));
    }

    [Fact]
    public async Task Record_PastDateAndNoCounterpart_FormKeepsWhatWasTypedAndNothingStored()
    {
        var result = await new ExternalFollowUpRecordHandler(Pipeline).HandleAsync(
            Click(_head, ExternalCommunicationVerbs.Record, Form((ExternalCommunicationFields.Date, "2026-12-01"), (ExternalCommunicationFields.Counterpart, ""))), CancellationToken.None);

        var card = CardOf(result);
        Assert.Contains(Localizer.ZhCn["ExternalCommunication.Validation.DateFromToday"], Texts(card), StringComparison.Ordinal);
        Assert.Contains("确认明年返利政策", card.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(await Reader.OpenAsync(_department, CancellationToken.None));
    }

    [Fact]
    public async Task Done_ByTheOwnerFromTheCard_DoneWithOutcomeLeavesTheListAndTwiceIsRefused()
    {
        var (followUp, card) = await RecordAsync();
        var done = new Dictionary<string, string>(RequiredButton(card, ExternalCommunicationVerbs.Done)) { [ExternalCommunicationFields.Outcome] = "返利政策已确认，首批订货 200 万" };
        var handler = new ExternalFollowUpHandler(Reader, Pipeline);

        var first = await handler.HandleAsync(Click(_employee, ExternalCommunicationVerbs.Done, done), CancellationToken.None);
        var again = await handler.HandleAsync(Click(_head, ExternalCommunicationVerbs.Done, done), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["ExternalCommunication.Done.Notice"], Texts(CardOf(first)), StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn["Common.Rejection.WrongState"], Texts(CardOf(again)), StringComparison.Ordinal);
        var stored = (await Reader.ReadAsync(_department, followUp.Id, CancellationToken.None))!.Value;
        Assert.Equal((ExternalFollowUpState.Done, _employee.Id), (stored.State, stored.DoneBy));
        Assert.Empty(await Reader.OpenAsync(_department, CancellationToken.None));
        Assert.Single(await AllAsync<AuditEvent>(), a => a.EntityId == followUp.Id && a.Action == "done");
    }

    [Fact]
    public async Task Done_BySomeoneOfAnotherDepartment_403AndNothingChanged()
    {
        var (followUp, card) = await RecordAsync();
        var done = new Dictionary<string, string>(RequiredButton(card, ExternalCommunicationVerbs.Done)) { [ExternalCommunicationFields.Outcome] = "x" };

        var result = await new ExternalFollowUpHandler(Reader, Pipeline).HandleAsync(Click(FeatureFlowOrganisation.Employee, ExternalCommunicationVerbs.Done, done), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Equal(ExternalFollowUpState.Open, (await Reader.ReadAsync(_department, followUp.Id, CancellationToken.None))!.Value.State);
    }

    [Fact]
    public async Task Reminders_RunTwiceEachDay_OwnerRemindedOnceBeforeAndOnceOnTheDayInTheirLanguage()
    {
        var (followUp, _) = await RecordAsync();
        var job = Job();

        _time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero));
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero));
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero));
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var reminders = (await AllAsync<OutboxMessage>()).Where(m => m.IdempotencyKey != $"{followUp.Id}:recorded:owner").ToList();
        Assert.Equal([$"{followUp.Id}:Before:2026-12-10", $"{followUp.Id}:Due:2026-12-10"], reminders.Select(m => m.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.All(reminders, m => Assert.Equal(OutboxTarget.Person(_employee.Id), m.Target));
        Assert.Contains("Dec 10, 2026", reminders.Single(m => m.IdempotencyKey.Contains(":Due:", StringComparison.Ordinal)).Activity.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(["reminded-before", "reminded-due"], (await AllAsync<AuditEvent>()).Where(a => a.ActorPersonId == "system").Select(a => a.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reschedule_AfterTheReminder_RemindedAgainForTheNewDate()
    {
        var (followUp, card) = await RecordAsync();
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 1, 0, 0, TimeSpan.Zero));
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);
        var move = new Dictionary<string, string>(RequiredButton(card, ExternalCommunicationVerbs.Reschedule)) { [ExternalCommunicationFields.NewDate] = "2026-12-15" };

        var moved = await new ExternalFollowUpHandler(Reader, Pipeline).HandleAsync(Click(_head, ExternalCommunicationVerbs.Reschedule, move), CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 1, 0, 0, TimeSpan.Zero));
        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn.Format("ExternalCommunication.Reschedule.Notice", new DateOnly(2026, 12, 15)), Texts(CardOf(moved)), StringComparison.Ordinal);
        Assert.Contains(await AllAsync<OutboxMessage>(), m => m.IdempotencyKey == $"{followUp.Id}:Due:2026-12-15");
    }

    [Fact]
    public async Task List_TheDepartmentsOpenFollowUps_SoonestFirst()
    {
        await RecordAsync();
        await RecordAsync((ExternalCommunicationFields.Counterpart, "上海某百货 采购部"), (ExternalCommunicationFields.Kind, nameof(CounterpartKind.Customer)), (ExternalCommunicationFields.Date, "2026-12-08"));

        var open = await Reader.OpenAsync(_department, CancellationToken.None);

        Assert.Equal(2, open.Count);
        var card = Cards.Model.CardJson.ToElement(ExternalFollowUpListCard.Build(_department, open, new DateOnly(2026, 12, 7), _company, Localizer.ZhCn));
        var texts = Texts(card);
        Assert.True(texts.IndexOf("上海某百货", StringComparison.Ordinal) < texts.IndexOf("华东区经销商", StringComparison.Ordinal));
    }

    private ExternalFollowUpReminderJob Job() => new(
        Store,
        new ChangeWriter(Store),
        new InMemoryOrganisationDirectory(_company),
        new PersonLanguages(Store, new ChangeWriter(Store), _time, NullLogger<PersonLanguages>.Instance),
        Options.Create(new ExternalCommunicationOptions { RemindDaysBefore = 2 }),
        new OrganisationClock(_time));

    private Dictionary<string, string> Form(params (string Field, string Value)[] typed)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ExternalCommunicationFields.Department] = _department,
            [ExternalCommunicationFields.Kind] = nameof(CounterpartKind.Distributor),
            [ExternalCommunicationFields.Counterpart] = "华东区经销商 王总",
            [ExternalCommunicationFields.Note] = "确认明年返利政策",
            [ExternalCommunicationFields.Owner] = _employee.Id,
            [ExternalCommunicationFields.Date] = "2026-12-10",
        };
        foreach (var (field, value) in typed)
        {
            form[field] = value;
        }

        return form;
    }

    private async Task<(ExternalFollowUp FollowUp, System.Text.Json.JsonElement Card)> RecordAsync(params (string Field, string Value)[] typed)
    {
        var form = Form(typed);
        var card = CardOf(await new ExternalFollowUpRecordHandler(Pipeline).HandleAsync(Click(_head, ExternalCommunicationVerbs.Record, form), CancellationToken.None));
        var followUp = (await Reader.OpenAsync(_department, CancellationToken.None)).Single(f => f.Counterpart == form[ExternalCommunicationFields.Counterpart]);
        return (followUp, card);
    }

    private CardTurn Click(Person actor, string verb, Dictionary<string, string> data) => PipelineTurns.Click(actor, verb, data, _company);

    private async Task<List<T>> AllAsync<T>()
    {
        var found = new List<T>();
        await foreach (var item in Store.QueryAsync<T>(StorageContainers.Communication, _department, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
