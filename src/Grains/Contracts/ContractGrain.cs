using System.Collections.Immutable;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Staffing;
using VendorGrid.Grains.Calendar;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Grains.Contracts;

/// <inheritdoc cref="IContractGrain"/>
/// <remarks>
/// State, persistence and reminders only: every change is decided by <see cref="ContractDecider"/> against the book, its
/// events appended to the history and then applied; every read comes from <see cref="ContractReader"/>.
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
    private (int Version, HashSet<string> Ids)? instances;

    private string Key => this.GetPrimaryKeyString();
    private WorkingCalendar Calendar => calendars.ForInstitution(state.State.Summary!.Institution.Id);

    /// <summary>Whole seconds: every deadline is one, so a view cannot change within a second and is rendered once per second.</summary>
    private DateTimeOffset Now
    {
        get { var now = clock.GetUtcNow(); return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)); }
    }

    /// <summary>"Known now" rounds up: a fact recorded earlier in this second is known to the read that follows it.</summary>
    private DateTimeOffset KnownNow
    {
        get { var now = clock.GetUtcNow(); var past = now.Ticks % TimeSpan.TicksPerSecond; return past == 0 ? now : now.AddTicks(TimeSpan.TicksPerSecond - past); }
    }

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

    public Task<ContractSummary?> GetSummaryAsync() => Task.FromResult(state.State.Summary);

    public async Task<string?> GetDefinitionAsync() =>
        state.State.Summary is null ? null : state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);

    /// <summary>Decided against the book, appended, then applied; should another activation have appended first, read its events and decide again.</summary>
    public async Task<CommandResult> ExecuteAsync(ContractCommand command)
    {
        if (book is null) return CommandResult.NoSuchContract;
        for (var attempt = 1; ; attempt++)
        {
            var decision = ContractDecider.Decide(book, command, new DecisionContext(clock.GetUtcNow(), Calendar, InstanceIds, views.Clocks));
            if (decision.Events.IsEmpty) return CommandResult.From(decision);
            if (await history.AppendAsync(Key, decision.Events))
            {
                book.ApplyAll(decision.Events);
                if (decision.Events.Any(e => e is ContractFact)) await IndexAsync();
                return CommandResult.From(decision);
            }
            if (attempt == 2) throw new InvalidOperationException($"contract {Key}: events could not be appended twice in a row");
            book = new ContractBook(book.Definition).ApplyAll(await history.ReadEventsAsync(Key));
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

    public Task<ImmutableArray<string>> ListEngineersAsync() => Task.FromResult(book is null ? []
        : book.Facts.OfType<StaffAssigned>().Select(f => f.Engineer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());

    public Task<IncidentRecords> GetIncidentsAsync(string? incidentId, string? afterIncidentId, int limit, DateTimeOffset? asOf)
    {
        if (book is null) return Task.FromResult(new IncidentRecords());
        var page = (incidentId is not null
            ? book.Incident(incidentId) is { } one ? [one] : []
            : book.Incidents.Where(i => afterIncidentId is null || StringComparer.Ordinal.Compare(i.Opened.IncidentId, afterIncidentId) > 0).Take(limit + 1)).ToList();
        var more = incidentId is null && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        var shown = page.Select(i => i.Opened.IncidentId).ToHashSet(StringComparer.Ordinal);
        var clockClauses = IncidentViews.ClockClauses(book.Definition);
        var clocks = page.Count == 0 ? [] : views.Evaluate(book, Calendar, asOf ?? Now, KnownNow).Obligations
            .Where(o => IncidentViews.IncidentOf(o, clockClauses) is { } incident && shown.Contains(incident));
        return Task.FromResult(new IncidentRecords
        {
            ContractExists = true, Opened = [.. page.Select(i => i.Opened)], Steps = [.. page.SelectMany(i => i.Steps)], More = more, Clocks = [.. clocks],
        });
    }

    public Task<EvaluationRecords> GetEvaluationsAsync()
    {
        if (book is null) return Task.FromResult(new EvaluationRecords());
        if (Scorecards.Of(book.Definition) is not { } card) return Task.FromResult(new EvaluationRecords { ContractExists = true });
        return Task.FromResult(new EvaluationRecords
        {
            ContractExists = true, Template = Scorecards.Template(card.Clause, card.Card),
            Evaluations = [.. book.Facts.OfType<EvaluationRecorded>().Select(f => Scorecards.Score(book.Definition, f)).OrderBy(e => e.Period, StringComparer.Ordinal)],
        });
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

    /// <summary>Every instance id the contract can have, from an evaluation at the end of time; again only after a milestone.</summary>
    private HashSet<string> InstanceIds()
    {
        if (instances is { } known && known.Version == book!.InstanceVersion) return known.Ids;
        var ids = ContractEngine.Evaluate(book!.Definition, book.Facts, DateTimeOffset.MaxValue.AddYears(-1), Calendar)
            .Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        instances = (book.InstanceVersion, ids);
        return ids;
    }
}
