using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Grains;

/// <summary>
/// One contract of one institution, keyed <c>{institutionId}/{contractId}</c> (see <see cref="GrainKeys.Contract"/>).
/// The key embeds the tenant, so a contract can only be reached through its own institution; the slash also
/// keeps the key from ever parsing as a hexadecimal integer key in ADO.NET storage. It holds the definition and the
/// contract's history (facts and the ledger's postings and decisions) and answers from the pure Domain functions.
/// </summary>
[Alias("vg.IContractGrain")]
public interface IContractGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores the definition the first time and registers the contract with its vendor. Idempotent: a repeat
    /// call (for example a retry after a timeout) keeps the stored definition and returns its summary.
    /// Only the institution grain calls this, after validating the definition.
    /// </summary>
    [Alias("initialize")]
    Task<ContractSummary> InitializeAsync(string definitionJson, ContractSummary summary);

    /// <summary>
    /// The summary as it reads today (Asia/Shanghai, the silo's clock): the members of the version in force, with every version
    /// in force over time (<see cref="ContractSummary.Versions"/>); null when no contract was ever created under this key.
    /// </summary>
    /// <remarks>
    /// Interleaves: the gateway reads it before every change (who may see the contract), and the summary is a field set once,
    /// so the read need not queue behind the change before it (issue 15: fact writes).
    /// </remarks>
    [Alias("get-summary"), Orleans.Concurrency.AlwaysInterleave]
    Task<ContractSummary?> GetSummaryAsync();

    /// <summary>The definition JSON as created, or null when no contract exists under this key.</summary>
    [Alias("get-definition")]
    Task<string?> GetDefinitionAsync();

    /// <summary>The vendor's confirmation of the definition (pending until it answers), or null when no contract exists under this key.</summary>
    [Alias("get-definition-confirmation")]
    Task<DefinitionConfirmation?> GetDefinitionConfirmationAsync();

    /// <summary>
    /// One version's definition JSON: version 1 as created, an amendment as proposed (whatever its answer); null when the
    /// contract has no such version (or does not exist).
    /// </summary>
    [Alias("get-version-definition")]
    Task<string?> GetVersionDefinitionAsync(int version);

    /// <summary>
    /// Obligations, ledger, termination rights and payments as of an instant (now when null) — past or future, so "what if
    /// nothing happens until X" is just a later instant — as known at <paramref name="knownAt"/> (now when null): only what
    /// was recorded by then counts. Null when no contract exists.
    /// </summary>
    [Alias("evaluate")]
    Task<ContractEvaluation?> EvaluateAsync(DateTimeOffset? asOf, DateTimeOffset? knownAt = null);

    /// <summary>
    /// One read view as of an instant and as known at another, rendered as the API's JSON (<see cref="Json.ApiJson"/>), or
    /// null when no contract exists. The grain renders it once per instant and history, so repeated reads cost a copy.
    /// </summary>
    [Alias("view-json")]
    Task<byte[]?> GetViewJsonAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt = null);

    /// <summary>
    /// <see cref="GetViewJsonAsync"/> for a caller that keeps the last bytes it received (the gateway): when the view is
    /// still the rendering <paramref name="knownVersion"/>, only the version comes back, not the bytes. Null when no contract.
    /// </summary>
    [Alias("view-json-if-changed")]
    Task<ContractViewJson?> GetViewJsonIfChangedAsync(ContractView view, DateTimeOffset? asOf, DateTimeOffset? knownAt, Guid knownVersion);

    /// <summary>
    /// The statement of a month as the contract was known at <paramref name="knownAt"/> (now when null): an issued month's
    /// statement is exactly what <c>knownAt</c> = its issue time gives, whatever was recorded since. Null when no contract.
    /// </summary>
    [Alias("statement")]
    Task<VendorGrid.Domain.Statements.MonthlyStatement?> GetStatementAsync(VendorGrid.Domain.Statements.StatementHeader header,
        VendorGrid.Domain.Statements.StatementMonth month, DateTimeOffset? knownAt);

    /// <summary>
    /// Every change to the contract: facts (one or a batch, all or none), answers to the other side's facts, ledger
    /// decisions, statements, evaluations and acceptance steps. Decided by the pure <c>ContractDecider</c> against the
    /// contract's state and appended once; a repeat (same fact id or request id) answers with the first recording.
    /// </summary>
    /// <remarks>
    /// Interleaves, so that commands arriving while an append is in flight can queue and be appended together in one
    /// statement (group commit, ContractCommits): their decisions still run one at a time, in arrival order, each against the
    /// state with the commands before it, and each caller is answered only once its events are committed. Reads never see
    /// events not yet committed: they read the grain's durable book.
    /// </remarks>
    [Alias("execute"), Orleans.Concurrency.AlwaysInterleave]
    Task<CommandResult> ExecuteAsync(ContractCommand command);

    /// <summary>Staffing per role, assignments, vacancies, replacement demands and breaches as of an instant; null when no contract.</summary>
    [Alias("get-staffing")]
    Task<VendorGrid.Domain.Staffing.StaffingEvaluation?> GetStaffingAsync(DateTimeOffset? asOf);

    /// <summary>Every engineer id ever assigned under the contract, whatever the instant (who the institution may look up).</summary>
    [Alias("list-engineers")]
    Task<System.Collections.Immutable.ImmutableArray<string>> ListEngineersAsync();

    /// <summary>
    /// Incidents by id: one (<paramref name="incidentId"/>), or a page of at most <paramref name="limit"/> after
    /// <paramref name="afterIncidentId"/>, each with its recorded steps and its clocks as of an instant (now when null).
    /// </summary>
    [Alias("incident-records")]
    Task<IncidentRecords> GetIncidentsAsync(string? incidentId, string? afterIncidentId, int limit, DateTimeOffset? asOf);

    /// <summary>The scorecard and every evaluation recorded against it, scored; ContractExists false when no contract.</summary>
    [Alias("get-evaluations")]
    Task<EvaluationRecords> GetEvaluationsAsync();

    /// <summary>The acceptance checklist as of an instant (now when null); null when no contract exists.</summary>
    [Alias("get-acceptance")]
    Task<AcceptanceView?> GetAcceptanceAsync(DateTimeOffset? asOf);

    /// <summary>
    /// Called by the deadline sweep for a contract with a reminder due: creates the notifications of every
    /// obligation whose indexed reminder instant is at or before <paramref name="now"/> (each keyed by its
    /// operation key, so a repeat creates nothing) and advances the index to the next points. Returns how
    /// many notifications were new.
    /// </summary>
    [Alias("send-due-reminders")]
    Task<int> SendDueRemindersAsync(DateTimeOffset now);
}
