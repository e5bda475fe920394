using System.Text.Json;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    private const int MaxTitleLength = 200;

    /// <summary>
    /// One party proposes a supplemental agreement: the whole definition from an effective date on. Checked like a new
    /// contract (the same validator, its paths under <c>definition.</c>), and it must stay the same contract between the
    /// same parties, take effect within the term and not before a version already in force, and wait while another
    /// proposal awaits its answer. Nothing moves money until the other party accepts.
    /// </summary>
    private static Decision Propose(ContractBook book, ProposeAmendment command, DecisionContext context)
    {
        if (SideOf(command.By) is null) return Decision.Invalid("party", "an amendment is proposed by the institution or the vendor");
        if (book.Versions.FirstOrDefault(v => v.Proposed is { } p && p.RequestId == command.RequestId && p.By?.User == command.By.User) is { } repeat)
            return Decision.Duplicate(repeat.Proposed!);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(command.Title)) errors.Add(new("title", "is required: the supplemental agreement's name, e.g. 补充协议一：服务期延长"));
        else if (command.Title.Length > MaxTitleLength) errors.Add(new("title", $"must be at most {MaxTitleLength} characters"));
        var definition = ReadDefinition(book, command.Definition, errors);
        if (command.EffectiveFrom is not { } from) errors.Add(new("effectiveFrom", "is required: the date (Asia/Shanghai) the amendment takes effect"));
        else if (EffectiveDateProblem(book, from, definition) is { } problem) errors.Add(new("effectiveFrom", problem));
        if (errors.Count > 0) return Decision.Invalid(errors);

        var version = book.Versions.Count + 1;
        var proposed = new AmendmentProposed
        {
            Id = $"{FactIds.Amendment}{version}", RecordedAt = Now(book, context), By = command.By, Version = version,
            EffectiveFrom = command.EffectiveFrom!.Value, Title = command.Title!.Trim(), RequestId = command.RequestId,
            Definition = JsonDocument.Parse(command.Definition!, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })
                .RootElement.Clone(),
        };
        return Decision.Recorded([proposed], proposed);
    }

    private static ContractDefinition? ReadDefinition(ContractBook book, string? json, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(json)) { errors.Add(new("definition", "is required: the whole definition as amended")); return null; }
        var parsed = ContractJson.ParseSubmitted(json);
        if (!parsed.IsValid)
        {
            errors.AddRange(parsed.Errors.Select(e => e with { Path = e.Path == "$" ? "definition" : "definition." + e.Path }));
            return null;
        }
        var amended = parsed.Value!;
        var original = book.Original;
        if (amended.Id != original.Id) errors.Add(new("definition.id", $"must stay '{original.Id}': an amendment changes the contract, not which contract it is"));
        if (amended.Institution.Id != original.Institution.Id)
            errors.Add(new("definition.institution.id", $"must stay '{original.Institution.Id}': the parties of a contract do not change by amendment"));
        if (amended.Vendor.Id != original.Vendor.Id)
            errors.Add(new("definition.vendor.id", $"must stay '{original.Vendor.Id}': the parties of a contract do not change by amendment"));
        if (ContractJson.Serialize(amended) == ContractJson.Serialize(book.Definition))
            errors.Add(new("definition", $"changes nothing from version {book.Timeline.Segments[^1].Version}, the latest in force"));
        return amended;
    }

    private static string? EffectiveDateProblem(ContractBook book, DateOnly from, ContractDefinition? amended)
    {
        var start = book.Original.Term.Start;
        if (from < start) return $"must not be before the contract's start ({start:yyyy-MM-dd})";
        if (book.Versions.FirstOrDefault(v => v.Status == VersionStatus.Proposed) is { } pending)
            return $"overlaps amendment version {pending.Number} (effective {pending.EffectiveFrom:yyyy-MM-dd}, 「{pending.Title}」), which awaits the other " +
                "party's answer: each amendment runs to the end of the term, so one is decided before the next is proposed";
        var latest = book.Timeline.Segments[^1];
        if (latest.Version > 1 && from < latest.From)
            return $"must not be before {latest.From:yyyy-MM-dd}, when version {latest.Version} took effect (an amendment amends the version in force)";
        if (amended is not null && from > amended.Term.End) return $"must be within the term as amended (to {amended.Term.End:yyyy-MM-dd})";
        return null;
    }

    /// <summary>
    /// The other party answers a proposed amendment. Accepting puts it in force from its effective date and posts, as
    /// adjustments caused by the acceptance, whatever it changes in amounts already posted (a past effective date);
    /// rejecting needs a reason and changes nothing.
    /// </summary>
    private static Decision AnswerAmendment(ContractBook book, AnswerAmendment command, DecisionContext context)
    {
        if (SideOf(command.By) is not { } side) return Decision.Invalid("party", "an amendment is answered by the institution or the vendor");
        if (command.Version < 2 || command.Version > book.Versions.Count)
            return Decision.Missing(command.Version == 1
                ? "Version 1 is the contract as created; only amendments (version 2 on) are accepted or rejected here."
                : $"No amendment version {command.Version} in this contract.");
        var version = book.Versions[command.Version - 1];
        if (version.Decided is { } earlier)
            return earlier.Accepted == command.Accept && earlier.By?.User == command.By.User
                ? Decision.Duplicate(earlier)
                : Decision.InConflict($"Version {version.Number} was already {(earlier.Accepted ? "accepted" : "rejected")} at {earlier.RecordedAt:yyyy-MM-dd'T'HH:mm:ssK}.");
        var proposer = SideOf(version.Proposed!.By!);
        if (side == proposer)
            return Decision.Invalid("party", $"your side proposed version {version.Number}; the {LedgerComposer.Name(side == Side.Vendor ? Side.Institution : Side.Vendor)} accepts or rejects it");
        if (!command.Accept && string.IsNullOrWhiteSpace(command.Reason)) return Decision.Invalid("reason", "is required to reject an amendment");
        var now = Now(book, context);
        var decided = new AmendmentDecided
        {
            Id = $"{FactIds.Amendment}{version.Number}:{(command.Accept ? "accepted" : "rejected")}", RecordedAt = now, By = command.By,
            Version = version.Number, Accepted = command.Accept, Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
        };
        return Decision.Recorded(command.Accept ? [decided, .. RepostUnderAmendment(book, version, now, decided.Id, context)] : [decided], decided);
    }

    /// <summary>
    /// The FULL re-evaluation, on purpose: a new version can change any clause, the total every rate is a share of, the
    /// term (the contract's end) and the obligations themselves, so every line of the contract is computed again under
    /// the amended timeline and reconciled with what was posted — never the per-fact path that re-evaluates only the
    /// clauses a fact touches. A posted or confirmed amount that changes gets an adjustment (caused by the acceptance,
    /// confirmed like any other); lines the amendment leaves as they were post only what became final by time alone.
    /// </summary>
    private static List<EntryPosted> RepostUnderAmendment(ContractBook book, ContractVersion version, DateTimeOffset now, string cause, DecisionContext context)
    {
        var amended = book.Timeline.With(version.Number, version.EffectiveFrom, version.Definition);
        var before = ContractReader.Money(book, now, context.Calendar, context.Cache).Ledger;
        var after = ContractReader.Money(book, now, context.Calendar, context.Cache, timeline: amended).Ledger;
        return LedgerPosting.Reconcile(book, after, now, LedgerPosting.CauseOf(before, after, cause), context.Math);
    }
}
