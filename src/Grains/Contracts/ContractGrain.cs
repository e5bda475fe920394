using System.Text.Json;
using VendorGrid.Grains.Json;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Reminders;
using VendorGrid.Domain.Staffing;
using System.Collections.Immutable;
using VendorGrid.Grains.Calendar;
using VendorGrid.Grains.Reminders;

namespace VendorGrid.Grains.Contracts;

/// <inheritdoc cref="IContractGrain"/>
[GrainType("contract")]
public sealed partial class ContractGrain(
    [PersistentState("contract-state", StorageNames.Contracts)] IPersistentState<ContractState> state,
    IContractHistory history,
    ICalendarSource calendars,
    IDeadlineIndex deadlines,
    TimeProvider clock)
    : Grain, IContractGrain
{
    private ContractDefinition? definition;
    private readonly List<ContractFact> facts = [];
    private readonly Dictionary<string, ContractFact> factsById = new(StringComparer.Ordinal);
    /// <summary>incident-opened facts by incident id, and the steps recorded for each, for the incident views.</summary>
    private readonly SortedDictionary<string, (ContractFact Opened, List<ContractFact> Steps)> incidents = new(StringComparer.Ordinal);
    private HashSet<string>? instanceIds;
    private (DateTimeOffset AsOf, int Facts, object Calendar, ContractEvaluation Result)? lastEvaluation;
    private readonly Dictionary<ContractView, (ContractEvaluation Source, byte[] Json, Guid Version)> renderedViews = [];
    /// <summary>The deadline rows this activation last wrote, so a fact writes only the rows it changed; null until the first write.</summary>
    private Dictionary<string, DeadlineRow>? indexed;
    /// <summary>Each incident's clocks as last evaluated: a step re-evaluates its own incident, not every earlier one.</summary>
    private readonly IncidentClockCache incidentClocks = new();

    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Summary is null) return;
        var json = state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);
        definition = json is null ? null : ContractJson.ParseDefinition(json).Value;
        foreach (var fact in await history.ReadFactsAsync(Key)) Remember(fact);
    }

    public async Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary)
    {
        if (state.State.Summary is null)
        {
            definition = ContractJson.ParseDefinition(await history.SaveDefinitionAsync(Key, definitionJson)).Value;
            state.State = new ContractState { Summary = summary, DefinitionVersion = 1 };
            await state.WriteStateAsync();
        }

        // Registering again on a repeat call heals a first attempt that stopped after the write above.
        var stored = state.State.Summary!;
        await GrainFactory.GetGrain<IVendorGrain>(stored.Vendor.Id).RegisterContractAsync(stored);
        await IndexDeadlinesAsync(WholeSecondNow());
        return stored;
    }

    public Task<ContractSummary?> GetSummaryAsync() => Task.FromResult(state.State.Summary);

    public async Task<string?> GetDefinitionAsync() =>
        state.State.Summary is null ? null : state.State.DefinitionJson ?? await history.ReadDefinitionAsync(Key);

    /// <summary>
    /// "Now" is taken to the whole second: every deadline is a whole second, so the answer cannot change within
    /// one, and a portal refreshing the same contract is served from the last evaluation.
    /// </summary>
    public Task<ContractEvaluation?> EvaluateAsync(DateTimeOffset? asOf) =>
        Task.FromResult(definition is null ? null : Evaluate(asOf ?? WholeSecondNow()));

    public Task<byte[]?> GetViewJsonAsync(ContractView view, DateTimeOffset? asOf) => Task.FromResult(Render(view, asOf)?.Json);

    public Task<ContractViewJson?> GetViewJsonIfChangedAsync(ContractView view, DateTimeOffset? asOf, Guid knownVersion) =>
        Task.FromResult(Render(view, asOf) is { } rendered
            ? new ContractViewJson { Version = rendered.Version, Json = rendered.Version == knownVersion ? null : rendered.Json }
            : null);

    /// <summary>
    /// The view's JSON, rendered once per evaluation; each rendering gets a new version, so a caller holding the
    /// bytes of a version holds exactly what this would return (see GetViewJsonIfChangedAsync).
    /// </summary>
    private (byte[] Json, Guid Version)? Render(ContractView view, DateTimeOffset? asOf)
    {
        if (definition is null) return null;
        var evaluation = Evaluate(asOf ?? WholeSecondNow());
        if (renderedViews.TryGetValue(view, out var rendered) && ReferenceEquals(rendered.Source, evaluation))
            return (rendered.Json, rendered.Version);
        object projection = view switch
        {
            ContractView.Obligations => evaluation.Obligations,
            ContractView.Ledger => new LedgerView(evaluation.Ledger, evaluation.Totals, evaluation.TerminationRights) { Warnings = evaluation.Warnings },
            ContractView.Payments => evaluation.Payments,
            ContractView.ServiceLevels => evaluation.ServiceLevels,
            _ => evaluation,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(projection, projection.GetType(), ApiJson.Options);
        var version = Guid.NewGuid();
        renderedViews[view] = (evaluation, json, version);
        return (json, version);
    }

    private DateTimeOffset WholeSecondNow()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    public async Task<RecordFactResult> RecordFactAsync(ContractFact fact)
    {
        if (definition is null) return new RecordFactResult { Outcome = RecordOutcome.NoSuchContract };
        if (factsById.TryGetValue(fact.Id, out var first)) return new RecordFactResult { Outcome = RecordOutcome.Duplicate, Fact = first };
        var errors = FactValidator.Validate(fact, definition, InstanceIds());
        if (errors.Count == 0 && fact.Type == FactTypes.IncidentEvent && !incidents.ContainsKey(fact.IncidentId!))
            errors = [new("incidentId", "is not an incident of this contract; open it first")];
        if (errors.Count == 0 && fact.Type == FactTypes.IncidentOpened && incidents.ContainsKey(fact.IncidentId!))
            errors = [new("incidentId", "is already open under another fact id")];
        // Checked here, one fact at a time per contract, so two steps posted at once cannot both slip past the order.
        if (errors.Count == 0 && fact.Type == FactTypes.IncidentEvent && IncidentStepOrder.Check(definition, incidents[fact.IncidentId!].Opened,
                incidents[fact.IncidentId!].Steps, fact, calendars.ForInstitution(state.State.Summary!.Institution.Id)) is { } outOfOrder)
            errors = [outOfOrder];
        if (errors.Count > 0) return new RecordFactResult { Outcome = RecordOutcome.Rejected, Errors = [.. errors] };
        return await AppendAsync(fact with { RecordedAt = clock.GetUtcNow() });
    }

    public async Task<RecordFactResult> RecordStaffingFactAsync(ContractFact fact, bool byVendor)
    {
        if (definition is null) return new RecordFactResult { Outcome = RecordOutcome.NoSuchContract };
        if (factsById.TryGetValue(fact.Id, out var first)) return new RecordFactResult { Outcome = RecordOutcome.Duplicate, Fact = first };
        // A vendor changes staff by naming whom an assignment replaces, or by releasing someone and assigning another.
        if (byVendor && fact is { Type: FactTypes.StaffAssigned, Role: { } role } && StaffChanges.Succeeds(definition, facts, fact) is { } replaced)
        {
            var calendar = calendars.ForInstitution(state.State.Summary!.Institution.Id);
            var refusal = StaffChanges.Check(definition, facts, role, replaced, fact.OccurredAt, new DeadlineMath(calendar));
            if (refusal != ChangeRefusal.None)
                return new RecordFactResult { Outcome = RecordOutcome.Rejected,
                    Conflict = StaffChanges.Explain(definition, role, refusal, fact.Replaces is null ? replaced : null) };
        }
        return await RecordFactAsync(fact);
    }

    public Task<StaffingEvaluation?> GetStaffingAsync(DateTimeOffset? asOf) => Task.FromResult(definition is null ? null
        : StaffingEvaluator.Evaluate(definition, facts, asOf ?? WholeSecondNow(), calendars.ForInstitution(state.State.Summary!.Institution.Id)));

    public Task<ImmutableArray<string>> ListEngineersAsync() => Task.FromResult(facts
        .Where(f => f.Type == FactTypes.StaffAssigned).Select(f => f.Engineer!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());

    public Task<IncidentRecords> GetIncidentsAsync(string? incidentId, string? afterIncidentId, int limit, DateTimeOffset? asOf)
    {
        if (definition is null) return Task.FromResult(new IncidentRecords());
        IEnumerable<(ContractFact Opened, List<ContractFact> Steps)> selected = incidentId is not null
            ? incidents.TryGetValue(incidentId, out var one) ? [one] : []
            : incidents.Where(i => afterIncidentId is null || StringComparer.Ordinal.Compare(i.Key, afterIncidentId) > 0).Select(i => i.Value).Take(limit + 1);
        var page = selected.ToList();
        var more = incidentId is null && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        var shown = page.Select(i => i.Opened.IncidentId!).ToHashSet(StringComparer.Ordinal);
        var clockClauses = IncidentViews.ClockClauses(definition);
        var clocks = page.Count == 0 ? [] : Evaluate(asOf ?? WholeSecondNow()).Obligations
            .Where(o => IncidentViews.IncidentOf(o, clockClauses) is { } incident && shown.Contains(incident));
        return Task.FromResult(new IncidentRecords
        {
            ContractExists = true, Opened = [.. page.Select(i => i.Opened)], Steps = [.. page.SelectMany(i => i.Steps)], More = more,
            Clocks = [.. clocks],
        });
    }

    public async Task<LedgerDecisionResult> DecideAsync(LedgerAction action, string entryId, string requestId, decimal? amount, string? reason, string decidedBy)
    {
        if (definition is null) return new LedgerDecisionResult { Outcome = RecordOutcome.NoSuchContract };
        var factId = $"decision:{requestId}";
        if (factsById.TryGetValue(factId, out var first)) return new LedgerDecisionResult { Outcome = RecordOutcome.Duplicate, Fact = first };
        var now = clock.GetUtcNow();
        var decision = LedgerRules.Decide(Evaluate(now), action, entryId, factId, now, amount, reason, decidedBy);
        if (decision.Fact is null)
            return new LedgerDecisionResult { Outcome = RecordOutcome.Rejected, Refusal = decision.Refusal, Field = decision.Field, Message = decision.Message };
        var recorded = await AppendAsync(decision.Fact);
        return new LedgerDecisionResult { Outcome = recorded.Outcome, Fact = recorded.Fact };
    }

    /// <summary>The fact is acknowledged only once its row is committed; a concurrent twin's first row wins.</summary>
    private async Task<RecordFactResult> AppendAsync(ContractFact fact)
    {
        var (stored, inserted) = await history.AppendFactAsync(Key, fact);
        Remember(stored);
        // A met obligation leaves the index; a milestone may add instances. Rewritten on a repeat too, which
        // heals an index write lost after the fact was committed.
        await IndexDeadlinesAsync(WholeSecondNow());
        return new RecordFactResult { Outcome = inserted ? RecordOutcome.Recorded : RecordOutcome.Duplicate, Fact = stored };
    }

    public async Task<int> SendDueRemindersAsync(DateTimeOffset now)
    {
        if (definition is null)
        {
            // An index row without a contract behind it would be swept forever: drop it.
            await deadlines.ReplaceAsync(Key, []);
            return 0;
        }
        var summary = state.State.Summary!;
        var due = (await deadlines.ReadAsync(Key))
            .Where(r => r.NextReminderAt <= now).ToDictionary(r => r.ObligationId, StringComparer.Ordinal);
        var evaluation = Evaluate(now);
        var policy = await deadlines.ReadPolicyAsync(summary.Institution.Id);
        var calendar = calendars.ForInstitution(summary.Institution.Id);
        var notifications = new List<NewNotification>();
        var webhooks = new Dictionary<ObligationParty, IReadOnlyList<long>>();
        foreach (var obligation in evaluation.Obligations)
        {
            if (!due.ContainsKey(obligation.Id) || obligation.DueAt is not { } dueAt) continue;
            if (obligation.Status is not (ObligationStatus.Open or ObligationStatus.Late)) continue;
            var late = obligation.Status == ObligationStatus.Late;
            if (ReminderSchedule.Latest(policy, dueAt, late, calendar, now) is not { } point) continue;
            if (!webhooks.TryGetValue(obligation.Party, out var hooks))
                webhooks[obligation.Party] = hooks = await deadlines.ReadWebhooksAsync(ReminderNotifications.Inbox(summary, obligation.Party));
            notifications.AddRange(ReminderNotifications.For(Key, definition, summary, obligation, dueAt, point, now, hooks));
        }
        var created = notifications.Count == 0 ? 0 : await deadlines.NotifyAsync(Key, notifications);
        // Advanced only after the notifications are committed: a sweep stopped in between repeats them, as no-ops.
        await WriteIndexAsync(DeadlineRows(evaluation, policy, calendar, now));
        return created;
    }

    private async Task IndexDeadlinesAsync(DateTimeOffset now)
    {
        if (definition is null) return;
        var institution = state.State.Summary!.Institution.Id;
        var policy = await deadlines.ReadPolicyAsync(institution);
        await WriteIndexAsync(DeadlineRows(Evaluate(now), policy, calendars.ForInstitution(institution), now));
    }

    /// <summary>
    /// The first write of an activation replaces the contract's rows; later ones send only the difference from what
    /// this activation last wrote (an incident step changes a few rows of a contract's hundreds).
    /// </summary>
    private async Task WriteIndexAsync(List<DeadlineRow> rows)
    {
        var next = rows.ToDictionary(r => r.ObligationId, StringComparer.Ordinal);
        if (indexed is not { } previous)
            await deadlines.ReplaceAsync(Key, rows);
        else
        {
            indexed = null;  // should the update fail, the next write replaces everything again
            await deadlines.UpdateAsync(Key, [.. rows.Where(r => !previous.TryGetValue(r.ObligationId, out var old) || old != r)],
                [.. previous.Keys.Where(id => !next.ContainsKey(id))]);
        }
        indexed = next;
    }

    private List<DeadlineRow> DeadlineRows(ContractEvaluation evaluation, ReminderPolicy policy, Domain.Calendar.WorkingCalendar calendar, DateTimeOffset now)
    {
        var summary = state.State.Summary!;
        var rows = new List<DeadlineRow>();
        foreach (var o in evaluation.Obligations)
        {
            if (o.DueAt is not { } dueAt || o.Status is not (ObligationStatus.Open or ObligationStatus.Late)) continue;
            var next = ReminderSchedule.Next(policy, dueAt, calendar, now);
            rows.Add(new DeadlineRow(o.Id, summary.Institution.Id, summary.Vendor.Id,
                o.Party == ObligationParty.Vendor ? "vendor" : "client", ReminderNotifications.Inbox(summary, o.Party), o.Title, dueAt,
                o.Status == ObligationStatus.Late ? "late" : "open", next?.Key, next?.At));
        }
        return rows;
    }

    private void Remember(ContractFact fact)
    {
        if (!factsById.TryAdd(fact.Id, fact)) return;
        facts.Add(fact);
        if (fact.Type == FactTypes.Milestone) instanceIds = null;  // after-each obligations gain an instance
        if (fact.Type == FactTypes.IncidentOpened) incidents.TryAdd(fact.IncidentId!, (fact, []));
        else if (fact.Type == FactTypes.IncidentEvent && incidents.TryGetValue(fact.IncidentId!, out var incident)) incident.Steps.Add(fact);
    }

    /// <summary>The last evaluation is reused while the instant, the facts and the calendar are the same.</summary>
    private ContractEvaluation Evaluate(DateTimeOffset asOf)
    {
        var calendar = calendars.ForInstitution(state.State.Summary!.Institution.Id);
        if (lastEvaluation is { } last && last.AsOf == asOf && last.Facts == facts.Count && ReferenceEquals(last.Calendar, calendar))
            return last.Result;
        var result = ContractEngine.Evaluate(definition!, facts, asOf, calendar, incidentClocks);
        lastEvaluation = (asOf, facts.Count, calendar, result);
        return result;
    }

    /// <summary>Every instance id the contract can have, from an evaluation at the end of its term.</summary>
    private HashSet<string> InstanceIds() => instanceIds ??= Evaluate(DateTimeOffset.MaxValue.AddYears(-1))
        .Obligations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
}
