using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// A fact written the short way the clause tests write it (<c>Fact(id, type, at) with { ClauseId = … }</c>): one flat
/// record whose members a kind does not use stay null. It becomes the typed fact through <see cref="LegacyEvents"/>,
/// the same upcast stored rows of the flat format take, so these tests also hold that path to the typed kinds.
/// Ledger decisions (ledger-confirmed, …) become <see cref="EntryDecided"/> events, decided through the book.
/// </summary>
internal sealed record FactSketch
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? RecordedAt { get; init; }
    public string? ObligationId { get; init; }
    public string? Outcome { get; init; }
    public string? ClauseId { get; init; }
    public int? Count { get; init; }
    public int? People { get; init; }
    public int? Days { get; init; }
    public string? LineItemId { get; init; }
    public string? Role { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public bool? VendorCaused { get; init; }
    public string? Month { get; init; }
    public long? Online { get; init; }
    public long? Phone { get; init; }
    public string? PaymentId { get; init; }
    public decimal? Amount { get; init; }
    public string? Name { get; init; }
    public string? EntryId { get; init; }
    public string? Reason { get; init; }
    public decimal? PersonDays { get; init; }
    public string? IncidentId { get; init; }
    public string? Severity { get; init; }
    public string? Engineer { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? RectifyBy { get; init; }
    public ImmutableArray<string>? AffectedObligations { get; init; }
    public string? ObjectionId { get; init; }

    public const string LedgerConfirmed = "ledger-confirmed", LedgerWaived = "ledger-waived", LedgerDisputed = "ledger-disputed", LedgerReversed = "ledger-reversed";

    public bool IsDecision => Type is LedgerConfirmed or LedgerWaived or LedgerDisputed or LedgerReversed;

    private static readonly JsonSerializerOptions Flat = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The typed event: a fact with no reporter (the platform's), or the decision it names.</summary>
    public ContractEvent ToEvent()
    {
        var node = JsonSerializer.SerializeToNode(this, Flat)!.AsObject();
        node["reportedBy"] = "institution";  // read as a row of the flat format
        return LegacyEvents.Read(node.ToJsonString()) switch
        {
            ContractFact fact => fact with { Reporter = null, RecordedAt = RecordedAt },
            var decision => decision,
        };
    }

    public static implicit operator ContractFact(FactSketch sketch) =>
        sketch.ToEvent() as ContractFact ?? throw new InvalidOperationException($"{sketch.Type} is a ledger decision, not a fact");
}
