using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Time;
using VendorGrid.Grains.Calendar;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Grains.Contracts;

/// <inheritdoc cref="IContractGrain"/>
/// <remarks>
/// State, persistence and reminders only: every change is decided by <see cref="ContractDecider"/> against the book, its
/// events appended to the history and then applied; every read comes from <see cref="ContractReader"/>, <see cref="Periods"/>
/// and <see cref="ContractRecords"/>.
/// </remarks>
[GrainType("contract")]
public sealed class ContractGrain(
    [PersistentState("contract-state", StorageNames.Contracts)] IPersistentState<ContractState> state,
    IContractHistory history,
    ICalendarSource calendars,
    IDeadlineIndex deadlines,
    TimeProvider clock)
    : Grain, IContractGrain
{
    private ContractBook? book;
    private readonly ContractViewRenderer views = new();
    private ContractReminders? reminders;
    private readonly ObligationInstanceIds instanceIds = new();
    private readonly MoneyCache money = new();

    private string Key => this.GetPrimaryKeyString();
    private WorkingCalendar Calendar => calendars.ForInstitution(state.State.Summary!.Institution.Id);

    // Whole seconds (every deadline is one, so views render once a second); "known now" rounds up, so a read knows a fact
    // recorded earlier in the same second.
    private DateTimeOffset Now => WholeSeconds.Floor(clock.GetUtcNow());
    private DateTimeOffset KnownNow => WholeSeconds.Ceiling(clock.GetUtcNow());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        reminders = new ContractReminders(Key, deadlines);
        if (state.State.Summary is null) return;
        var json = state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);
        if (json is null) return;
        book = new ContractBook(ContractJson.ParseDefinition(json).Value!).ApplyAll(await history.ReadEventsAsync(Key));
        if (!book.Opened) await ExecuteAsync(new OpenLedger());  // recorded before the ledger was posted: post it now
    }

    public async Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary)
    {
        if (state.State.Summary is null)
        {
            var definition = ContractJson.ParseDefinition(await history.SaveDefinitionAsync(Key, definitionJson)).Value!;
            state.State = new ContractState { Summary = summary, DefinitionVersion = 1 };
            await state.WriteStateAsync();
            book = new ContractBook(definition);
        }
        // Repeated on a repeat call, which heals a first attempt that stopped after the write above.
        if (!book!.Opened) await ExecuteAsync(new OpenLedger());
        var stored = state.State.Summary!;
        await GrainFactory.GetGrain<IVendorGrain>(stored.Vendor.Id).RegisterContractAsync(stored);
        await IndexAsync();
        return stored;
    }

    public Task<ContractSummary?> GetSummaryAsync() => Task.FromResult(ContractSummaries.Current(state.State.Summary, book, Now));

    public async Task<string?> GetDefinitionAsync() =>
        state.State.Summary is null ? null : state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);

    public async Task<string?> GetVersionDefinitionAsync(int version) => book is null || version < 1 || version > book.Versions.Count ? null
        : version == 1 ? await GetDefinitionAsync() : book.Versions[version - 1].Proposed!.Definition.GetRawText();

    public Task<DefinitionConfirmation?> GetDefinitionConfirmationAsync() =>
        Task.FromResult(book is null ? null : DefinitionConfirmation.Of(book.DefinitionAnswer));

    /// <summary>Decided against the book, appended, then applied; should another activation have appended first, read its events and decide again.</summary>
    public async Task<CommandResult> ExecuteAsync(ContractCommand command)
    {
        if (book is null) return CommandResult.NoSuchContract;
        for (var attempt = 1; ; attempt++)
        {
            var decision = ContractDecider.Decide(book, command, new DecisionContext(clock.GetUtcNow(), Calendar, () => instanceIds.Of(book!, Calendar), views.Clocks, money));
            if (decision.Events.IsEmpty) return CommandResult.From(decision);
            if (await history.AppendAsync(Key, decision.Events))
            {
                book.ApplyAll(decision.Events);
                // The index follows obligations: a fact that can move none (a payment reminder) leaves its rows as they
                // are; an accepted amendment can move any of them.
                if (decision.Events.Any(e => e is AmendmentDecided || e is ContractFact fact && FactRelevance.Of(book.Definition, fact).Obligations)) await IndexAsync();
                return CommandResult.From(decision);
            }
            if (attempt == 2) throw new InvalidOperationException($"contract {Key}: events could not be appended twice in a row");
            book = new ContractBook(book.Original).ApplyAll(await history.ReadEventsAsync(Key));
        }
    }

    public Task<ContractEvaluation?> EvaluateAsync(DateTimeOffset? asOf, DateTimeOffset? knownAt = null) =>
        Task.FromResult(book is null ? null : views.Evaluate(book, Calendar, asOf ?? Now, knownAt ?? KnownNow));

    public Task<byte[]?> GetViewJsonAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt = null) =>
        Task.FromResult(book is null ? null : views.Render(book, Calendar, view, asOf ?? Now, knownAt ?? KnownNow).Json);

    public Task<ContractViewJson?> GetViewJsonIfChangedAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt, Guid knownVersion)
    {
        if (book is null) return Task.FromResult<ContractViewJson?>(null);
        var (json, version) = views.Render(book, Calendar, view, asOf ?? Now, knownAt ?? KnownNow);
        return Task.FromResult<ContractViewJson?>(new ContractViewJson { Version = version, Json = version == knownVersion ? null : json });
    }

    public Task<Domain.Statements.MonthlyStatement?> GetStatementAsync(Domain.Statements.StatementHeader header, Domain.Statements.StatementMonth month,
        DateTimeOffset? knownAt) =>
        Task.FromResult(book is null ? null : ContractReader.Statement(book, header, month, knownAt ?? KnownNow, Calendar, views.Clocks));

    public Task<StaffingEvaluation?> GetStaffingAsync(DateTimeOffset? asOf) => Task.FromResult(book is null ? null
        : StaffingEvaluator.Evaluate(book.Definition, book.Facts, asOf ?? Now, Calendar));

    public Task<ImmutableArray<string>> ListEngineersAsync() => Task.FromResult(book is null ? [] : ContractRecords.Engineers(book));

    public Task<IncidentRecords> GetIncidentsAsync(string? incidentId, string? afterIncidentId, int limit, DateTimeOffset? asOf)
    {
        if (book is null) return Task.FromResult(new IncidentRecords());
        var page = ContractRecords.Incidents(book, incidentId, afterIncidentId, limit, () => views.Evaluate(book, Calendar, asOf ?? Now, KnownNow));
        return Task.FromResult(new IncidentRecords { ContractExists = true, Opened = page.Opened, Steps = page.Steps, More = page.More, Clocks = page.Clocks });
    }

    public Task<EvaluationRecords> GetEvaluationsAsync()
    {
        if (book is null) return Task.FromResult(new EvaluationRecords());
        var scored = ContractRecords.Evaluations(book);
        return Task.FromResult(new EvaluationRecords { ContractExists = true, Template = scored.Template, Evaluations = scored.Evaluations });
    }

    public Task<AcceptanceView?> GetAcceptanceAsync(DateTimeOffset? asOf) => Task.FromResult(book is null ? null
        : AcceptanceChecklist.View(book.Definition, views.Evaluate(book, Calendar, asOf ?? Now, KnownNow), book.Facts));

    public async Task<int> SendDueRemindersAsync(DateTimeOffset now)
    {
        if (book is null) { await reminders!.DropAsync(); return 0; }
        await ExecuteAsync(new PostDue());
        return await reminders!.SendDueAsync(book.Definition, state.State.Summary!, views.Evaluate(book, Calendar, now, now), Calendar, now);
    }

    private Task IndexAsync() => reminders!.IndexAsync(state.State.Summary!, views.Evaluate(book!, Calendar, Now, KnownNow), Calendar, Now);
}
