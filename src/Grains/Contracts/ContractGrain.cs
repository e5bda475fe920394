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
/// State, persistence and reminders only: every change is decided by <see cref="ContractDecider"/> and committed in groups
/// by <see cref="ContractCommits"/> (which also keeps the durable book every read uses); reads go through
/// <see cref="ContractQueries"/>, the deadline index and reminders through <see cref="ContractReminders"/>.
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
    private ContractCommits? commits;
    private readonly ContractQueries queries = new();
    private ContractReminders? reminders;
    private readonly ObligationInstanceIds instanceIds = new();
    private readonly MoneyCache money = new();

    private string Key => this.GetPrimaryKeyString();
    private WorkingCalendar Calendar => calendars.ForInstitution(state.State.Summary!.Institution.Id);
    /// <summary>What every read sees: only committed events.</summary>
    private ContractBook? Book => commits?.Durable;

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
        Open(ContractJson.ParseDefinition(json).Value!, await history.ReadEventsAsync(Key));
        if (!Book!.Opened) await ExecuteAsync(new OpenLedger());  // recorded before the ledger was posted: post it now
    }

    public async Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary)
    {
        if (state.State.Summary is null)
        {
            var definition = ContractJson.ParseDefinition(await history.SaveDefinitionAsync(Key, definitionJson)).Value!;
            state.State = new ContractState { Summary = summary, DefinitionVersion = 1 };
            await state.WriteStateAsync();
            Open(definition, []);
        }
        // Repeated on a repeat call, which heals a first attempt that stopped after the write above.
        if (!Book!.Opened) await ExecuteAsync(new OpenLedger());
        var stored = state.State.Summary!;
        await GrainFactory.GetGrain<IVendorGrain>(stored.Vendor.Id).RegisterContractAsync(stored);
        await reminders!.IndexAsync(stored, () => queries.Evaluate(Book, Calendar, Now, KnownNow), Calendar, Now);
        return stored;
    }

    public Task<ContractSummary?> GetSummaryAsync() => Task.FromResult(ContractSummaries.Current(state.State.Summary, Book, Now));

    public async Task<string?> GetDefinitionAsync() =>
        state.State.Summary is null ? null : state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);

    public async Task<string?> GetVersionDefinitionAsync(int version) =>
        Book is null ? null : await ContractQueries.VersionDefinitionAsync(Book, version, GetDefinitionAsync);

    public Task<DefinitionConfirmation?> GetDefinitionConfirmationAsync() => Read(b => DefinitionConfirmation.Of(b.DefinitionAnswer));

    /// <summary>
    /// Interleaves (see the interface): each command joins the queue of <see cref="ContractCommits"/> and is answered once the
    /// group that carries its events has committed.
    /// </summary>
    public async Task<CommandResult> ExecuteAsync(ContractCommand command) =>
        commits is null ? CommandResult.NoSuchContract : CommandResult.From(await commits.ExecuteAsync(command));

    public Task<ContractEvaluation?> EvaluateAsync(DateTimeOffset? asOf, DateTimeOffset? knownAt = null) =>
        Read(b => queries.Evaluate(b, Calendar, asOf ?? Now, knownAt ?? KnownNow));

    public Task<byte[]?> GetViewJsonAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt = null) =>
        Read(b => queries.Views.Render(b, Calendar, view, asOf ?? Now, knownAt ?? KnownNow).Json);

    public Task<ContractViewJson?> GetViewJsonIfChangedAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt, Guid knownVersion) =>
        Read(b => queries.ViewIfChanged(b, Calendar, view, asOf ?? Now, knownAt ?? KnownNow, knownVersion));

    public Task<Domain.Statements.MonthlyStatement?> GetStatementAsync(Domain.Statements.StatementHeader header, Domain.Statements.StatementMonth month,
        DateTimeOffset? knownAt) => Read(b => queries.Statement(b, Calendar, header, month, knownAt ?? KnownNow));

    public Task<StaffingEvaluation?> GetStaffingAsync(DateTimeOffset? asOf) => Read(b => ContractQueries.Staffing(b, Calendar, asOf ?? Now));

    public Task<ImmutableArray<string>> ListEngineersAsync() => Task.FromResult(Book is null ? [] : ContractQueries.Engineers(Book));

    public Task<IncidentRecords> GetIncidentsAsync(string? incidentId, string? afterIncidentId, int limit, DateTimeOffset? asOf) => Task.FromResult(
        Book is null ? new IncidentRecords() : queries.Incidents(Book, Calendar, incidentId, afterIncidentId, limit, asOf ?? Now, KnownNow));

    public Task<EvaluationRecords> GetEvaluationsAsync() => Task.FromResult(Book is null ? new EvaluationRecords() : ContractQueries.Evaluations(Book));

    public Task<AcceptanceView?> GetAcceptanceAsync(DateTimeOffset? asOf) => Read(b => queries.Acceptance(b, Calendar, asOf ?? Now, KnownNow));

    public async Task<int> SendDueRemindersAsync(DateTimeOffset now)
    {
        if (commits is null) { await reminders!.DropAsync(); return 0; }
        await ExecuteAsync(new PostDue());
        return await reminders!.SendDueAsync(() => Book!.Definition, state.State.Summary!, () => queries.Evaluate(Book!, Calendar, now, now), Calendar, now);
    }

    private Task<T?> Read<T>(Func<ContractBook, T> read) where T : class => Task.FromResult(Book is null ? null : read(Book));

    private void Open(ContractDefinition definition, IReadOnlyList<ContractEvent> events)
    {
        var (durable, working) = ContractCommits.Books(definition, events);
        commits = new ContractCommits(Key, history, durable, working,
            (book, command) => ContractDecider.Decide(book, command,
                new DecisionContext(clock.GetUtcNow(), Calendar, () => instanceIds.Of(book, Calendar), queries.Views.Clocks, money)),
            IndexAsync, queries.Forget);
    }

    /// <summary>
    /// The index follows obligations: a committed group refreshes the rows of those it can move (<see cref="ObligationsMoved"/>):
    /// none for a payment reminder or a day off site, an incident's clocks for its facts, every row otherwise.
    /// </summary>
    private Task IndexAsync(IReadOnlyList<ContractEvent> committed) =>
        reminders!.IndexAsync(state.State.Summary!, ObligationsMoved.By(Book!, committed, Now, KnownNow, Calendar),
            () => queries.Evaluate(Book!, Calendar, Now, KnownNow), Calendar, Now);
}
