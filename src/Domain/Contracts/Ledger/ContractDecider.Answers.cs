using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    /// <summary>
    /// The counterparty answers a fact the other side reported about its own performance: an acknowledgment puts it in
    /// force (posting what it changes, caused by that fact), a dispute (reason required) keeps it out of the money.
    /// An answer changes the standing of its fact alone, so what the acknowledgment posts is decided like a recording of it.
    /// </summary>
    private static Decision Answer(ContractBook book, AnswerFact command, DecisionContext context)
    {
        var id = $"{FactIds.Answer}{command.By.User}:{command.RequestId}";
        if (book.Find(id) is { } repeat) return Decision.Duplicate(repeat);
        if (book.Find(command.FactId) is not ContractFact fact) return Decision.Missing($"No fact '{command.FactId}' in this contract.");
        if (TwoPartyFacts.Answerer(fact, book.Definition) is not { } answerer)
            return Decision.Invalid("factId", "needs no answer: it is not a party's report of its own performance");
        var side = SideOf(command.By);
        if (side == TwoPartyFacts.Reporter(fact))
            return Decision.Invalid("factId", $"was reported by your own side; the {LedgerComposer.Name(answerer)} acknowledges or disputes it");
        if (side != answerer) return Decision.Invalid("factId", $"is answered by the {LedgerComposer.Name(answerer)}");
        if (command.Answer == FactAnswer.Disputed && string.IsNullOrWhiteSpace(command.Reason))
            return Decision.Invalid("reason", "is required to dispute a fact");
        if (book.AnswerTo(fact.Id) is { } earlier)
            return Decision.InConflict($"The fact was already {(earlier.Answer == FactAnswer.Acknowledged ? "acknowledged" : "disputed")} at {earlier.RecordedAt:yyyy-MM-dd'T'HH:mm:ssK}.");
        var now = Now(book, context);
        var answered = new FactAnswered { Id = id, RecordedAt = now, By = command.By, FactId = fact.Id, Answer = command.Answer, Reason = command.Reason };
        var inForceAlready = TwoPartyFacts.Standing(fact, book, now, now, context.Math).InForce;
        // The acknowledged fact moves what it moves as if recorded now in force: the same cheap check as a recording, else in full.
        var postings = command.Answer == FactAnswer.Acknowledged && !inForceAlready
            ? Unmoved(book, [fact], [answered], now, context) ?? Post(book, context, now, fact.Id, [fact], [answered]) : [];
        return Decision.Recorded([answered, .. postings], answered);
    }
}
