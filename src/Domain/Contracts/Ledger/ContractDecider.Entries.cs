using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    /// <summary>
    /// A party's decision on a ledger entry (DOMAIN.md §2, see <see cref="Confirmations"/>). A line not posted yet is posted
    /// first (a final one as it is; one still accruing at its amount so far, later growth coming as an adjustment). The
    /// entry itself never changes: a chosen discretionary amount and a reversal are postings of their own.
    /// </summary>
    private static Decision DecideOnEntry(ContractBook book, DecideEntry command, DecisionContext context)
    {
        var id = $"{FactIds.Decision}{command.By.User}:{command.RequestId}";
        if (book.Find(id) is { } repeat) return Decision.Duplicate(repeat);
        var now = Now(book, context);
        var events = new List<ContractEvent>();
        var posting = book.Posting(command.EntryId);
        if (posting is null)
        {
            var line = ContractReader.Money(book, now, context.Calendar, context.Cache).Ledger.FirstOrDefault(l => l.Id == command.EntryId);
            if (line is null || line.Amount == 0) return Decision.Missing($"No ledger entry '{command.EntryId}' in this contract.");
            posting = LedgerPosting.Pin(book, line, now, FactIds.Decision + command.By.User + ":" + command.RequestId, context.Math) with
                { EffectiveAt = line.Final ? line.FinalAt ?? now : now };
            events.Add(posting);
        }
        var state = Confirmations.StateOf(posting, book, now);
        var rule = Confirmations.RuleFor(book.Definition, posting.ClauseId, posting.Payer);
        var side = SideOf(command.By);
        if (Refusal(command, posting, state, rule, side, now) is { } refused) return refused;
        var decided = new EntryDecided
        {
            Id = id, RecordedAt = now, By = command.By, EntryId = posting.EntryId, Action = command.Action,
            Amount = command.Action is LedgerAction.Confirm or LedgerAction.Notice ? command.Amount ?? posting.Amount : null, Reason = command.Reason,
        };
        events.Add(decided);
        var postings = book.PostingsOf(posting.Line);
        var count = postings.Count + (book.Posting(posting.EntryId) is null ? 1 : 0);
        if (command.Action is LedgerAction.Confirm or LedgerAction.Notice && command.Amount is { } chosen && chosen != posting.Amount)
        {
            // The amount chosen within a discretionary range is a posting of its own: confirmed with a confirmation,
            // proposed to the vendor with a claim notice.
            var partial = posting.RangeMin is null;
            var choice = LedgerPosting.Adjustment(book, posting, count, chosen - posting.Amount, PostingOrigin.Chosen, now, id,
                partial ? $"部分确认 {chosen:0.00} / confirmed in part" : $"甲方在区间内选定 {chosen:0.00} / amount chosen within the range", context.Math);
            events.Add(choice);
            if (command.Action == LedgerAction.Confirm)
                events.Add(new EntryDecided { Id = $"{id}:chosen", RecordedAt = now, By = command.By, EntryId = choice.EntryId, Action = LedgerAction.Confirm });
            // Confirming part of an amount (an upper-bound base such as a refund, pinned down) leaves the rest proposed,
            // as a posting of its own for the same side to confirm later.
            if (partial)
                events.Add(LedgerPosting.Adjustment(book, posting, count + 1, posting.Amount - chosen, PostingOrigin.Chosen, now, id,
                    $"其余 {posting.Amount - chosen:0.00} 仍待确认 / the rest, still proposed", context.Math));
        }
        if (command.Action == LedgerAction.Confirm)
            // Confirming an entry confirms the amount the institution chose for it with its claim.
            foreach (var choice in postings.Where(p => p.Origin == PostingOrigin.Chosen && Confirmations.StateOf(p, book, now).Status == LedgerStatus.Proposed))
                events.Add(new EntryDecided { Id = $"{id}:{choice.EntryId}", RecordedAt = now, By = command.By, EntryId = choice.EntryId, Action = LedgerAction.Confirm });
        if (command.Action == LedgerAction.Reverse)
            events.AddRange(Settled(book, posting, count, -postings.Sum(p => p.Amount), PostingOrigin.Reversal, now, id, command.By, context,
                $"冲销 {posting.EntryId}：{command.Reason}"));
        return Decision.Recorded(events, decided);
    }

    /// <summary>A posting made by a decision and confirmed by it at once (the deciding side is the one that confirms it).</summary>
    private static IEnumerable<ContractEvent> Settled(ContractBook book, EntryPosted original, int count, decimal amount, PostingOrigin origin,
        DateTimeOffset now, string cause, Reporter by, DecisionContext context, string basis)
    {
        var adjustment = LedgerPosting.Adjustment(book, original, count, amount, origin, now, cause, basis, context.Math);
        yield return adjustment;
        yield return new EntryDecided { Id = $"{cause}:settled", RecordedAt = now, By = by, EntryId = adjustment.EntryId, Action = LedgerAction.Confirm };
    }

    private static Decision? Refusal(DecideEntry command, EntryPosted posting, PostingState state, ConfirmationRule rule, Side? side, DateTimeOffset now)
    {
        var owed = Confirmations.Owed(posting.Payer);
        var paying = Confirmations.Paying(posting.Payer);
        string Who(Side s) => LedgerComposer.Name(s);
        if (command.Action is not LedgerAction.Confirm and not LedgerAction.Notice && string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Invalid("reason", "a reason is required");
        switch (command.Action)
        {
            case LedgerAction.Notice:
                if (side != Side.Institution || posting.Payer != ObligationParty.Vendor)
                    return Decision.Invalid("party", "only the institution gives claim notice of what the vendor owes");
                if (state.NoticeAt is { } noticed) return Decision.InConflict($"Claim notice was already given at {noticed:yyyy-MM-dd'T'HH:mm:ssK}.");
                if (state.Status != LedgerStatus.Proposed) return Decision.InConflict($"a {state.Status} entry needs no claim notice");
                if (command.Amount is not null && posting.RangeMin is null)
                    return Decision.Invalid("amount", "only a discretionary entry takes an amount with its claim notice");
                return command.Amount is null ? null : ChosenAmount(command, posting);
            case LedgerAction.Confirm:
                if (state.Status is not (LedgerStatus.Proposed or LedgerStatus.Disputed)) return Decision.InConflict($"a {state.Status} entry cannot be confirmed");
                var alone = side == Side.Institution && Confirmations.InstitutionAloneFrom(rule, state.NoticeAt) is { } from && now > from;
                if (side != state.Confirmer && !alone)
                    return Decision.Invalid("party", $"the {Who(state.Confirmer)} confirms this entry" +
                        (rule.InstitutionAloneAfterDays is { } days && state.Confirmer == Side.Vendor ? $" (the institution may alone {days} days after its claim notice)" : ""));
                // A discretionary amount is the institution's to choose: with its claim notice when the vendor confirms.
                if (command.Amount is not null && posting.RangeMin is not null && side == Side.Vendor)
                    return Decision.Invalid("amount", "is chosen by the institution (with its claim notice); the vendor confirms the entry as proposed");
                return posting.RangeMin is not null && command.Amount is null && side == Side.Vendor ? null : ChosenAmount(command, posting);
            case LedgerAction.Dispute:
                if (side != paying) return Decision.Invalid("party", $"the {Who(paying)} disputes this entry");
                if (state.Status != LedgerStatus.Proposed) return Decision.InConflict($"a {state.Status} entry cannot be disputed");
                if (state.WindowEndsAt is { } end && now > end)
                    return new Decision(DecisionOutcome.WindowClosed, [], Message: $"the claim window closed at {end:yyyy-MM-dd HH:mm:ss zzz}");
                return null;
            case LedgerAction.Waive:
                if (side != owed) return Decision.Invalid("party", $"only the party owed ({Who(owed)}) waives this entry");
                return state.Status is LedgerStatus.Proposed or LedgerStatus.Disputed or LedgerStatus.DeemedConfirmed
                    ? null : Decision.InConflict($"a {state.Status} entry cannot be waived");
            default:
                if (side != owed) return Decision.Invalid("party", $"only the party owed ({Who(owed)}) reverses this entry");
                return Confirmations.IsConfirmed(state.Status) ? null
                    : Decision.InConflict("only a confirmed entry can be reversed; waive a proposal instead");
        }
    }

    private static Decision? ChosenAmount(DecideEntry command, EntryPosted posting)
    {
        if (posting is { RangeMin: { } min, RangeMax: { } max })
        {
            if (command.Amount is not { } chosen) return Decision.Invalid("amount", $"choose an amount between {min} and {max}");
            return chosen < min || chosen > max || decimal.Round(chosen, 2) != chosen
                ? Decision.Invalid("amount", $"must be between {min} and {max}, to the fen") : null;
        }
        // Less than proposed confirms a part (the rest stays proposed); never more than proposed.
        return command.Amount is { } given && (given <= 0 || given > posting.Amount || decimal.Round(given, 2) != given)
            ? Decision.Invalid("amount", $"must be more than 0 and at most the proposed {posting.Amount}, to the fen") : null;
    }
}
