using System.Text.Json.Serialization;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public enum DefinitionAnswer { Accepted, Disputed }

/// <summary>
/// The vendor's answer to the definition the institution entered (the editor's "invite the vendor to confirm"). The
/// contract is in force from its creation either way — the signed paper governs — so nothing but this answer depends on it.
/// </summary>
public sealed record DefinitionAnswered : LedgerEvent
{
    public required DefinitionAnswer Answer { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => LedgerEventTypes.DefinitionAnswered;
}

/// <summary>The vendor accepts the definition, or disputes it with a reason.</summary>
public sealed record AnswerDefinition(DefinitionAnswer Answer, string? Reason, string RequestId, Reporter By) : ContractCommand(By);

public enum DefinitionConfirmationStatus { Pending, Accepted, Disputed }

/// <summary>Where the vendor's confirmation stands: pending until it answers; then who answered, when, and a dispute's reason.</summary>
public sealed record DefinitionConfirmation
{
    public required DefinitionConfirmationStatus Status { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? By { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateTimeOffset? At { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Reason { get; init; }

    public static readonly DefinitionConfirmation Pending = new() { Status = DefinitionConfirmationStatus.Pending };

    /// <summary>The latest answer counts: a vendor that disputed may accept once the institution has put things right.</summary>
    public static DefinitionConfirmation Of(DefinitionAnswered? latest) => latest is null ? Pending : new()
    {
        Status = latest.Answer == DefinitionAnswer.Accepted ? DefinitionConfirmationStatus.Accepted : DefinitionConfirmationStatus.Disputed,
        By = latest.By?.User,
        At = latest.RecordedAt,
        Reason = latest.Answer == DefinitionAnswer.Disputed ? latest.Reason : null,
    };
}

public static partial class ContractDecider
{
    public const int MaxDefinitionReasonLength = 2000;

    /// <summary>
    /// Only the vendor answers. A dispute needs a reason; an acceptance is final (a later dispute is a conflict, a repeat is
    /// the same answer); after a dispute the vendor may dispute again or accept.
    /// </summary>
    private static Decision AnswerOnDefinition(ContractBook book, AnswerDefinition command, DecisionContext context)
    {
        var id = $"definition-answer:{command.RequestId}";
        if (book.Find(id) is { } repeat) return Decision.Duplicate(repeat);
        if (command.By.Party != ReportingParty.Vendor) return Decision.Invalid("by", "only the vendor confirms or disputes the definition");
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (command.Answer == DefinitionAnswer.Disputed && reason is null) return Decision.Invalid("reason", "is required to dispute the definition");
        if (reason is { Length: > MaxDefinitionReasonLength }) return Decision.Invalid("reason", $"must be at most {MaxDefinitionReasonLength} characters");
        if (book.DefinitionAnswer is { Answer: DefinitionAnswer.Accepted } accepted)
            return command.Answer == DefinitionAnswer.Accepted
                ? Decision.Duplicate(accepted)
                : Decision.InConflict($"The definition was already accepted at {accepted.RecordedAt:yyyy-MM-dd'T'HH:mm:ssK}.");
        var answered = new DefinitionAnswered
        {
            Id = id, RecordedAt = Now(book, context), By = command.By, Answer = command.Answer,
            Reason = command.Answer == DefinitionAnswer.Disputed ? reason : null,
        };
        return Decision.Recorded([answered], answered);
    }
}
