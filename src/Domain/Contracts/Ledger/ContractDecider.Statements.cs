using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Contracts.Ledger;

public static partial class ContractDecider
{
    /// <summary>Issuing a statement first posts what became final by time, so the statement is the ledger as known at issue.</summary>
    private static Decision Issue(ContractBook book, IssueStatement command, DecisionContext context)
    {
        if (book.Statement(command.Month) is { } issued) return Decision.Duplicate(issued);
        var now = Now(book, context);
        var statement = new StatementIssued { Id = $"{FactIds.Statement}{command.Month}:issued", RecordedAt = now, By = command.By, Month = command.Month };
        return Decision.Recorded([.. DuePostings(book, context, now), statement], statement);
    }

    private static Decision SignOff(ContractBook book, SignOffStatement command, DecisionContext context)
    {
        if (book.Statement(command.Month) is null) return Decision.Missing($"No statement of {command.Month} was issued.");
        if (SideOf(command.By) is not { } side) return Decision.Invalid("party", "only the institution or the vendor signs a statement off");
        if (book.SignOffs(command.Month).FirstOrDefault(s => s.Party == side) is { } signed) return Decision.Duplicate(signed);
        var now = Now(book, context);
        var signOff = new StatementSignedOff
        {
            Id = $"{FactIds.Statement}{command.Month}:signed:{LedgerComposer.Name(side)}", RecordedAt = now, By = command.By,
            Month = command.Month, Party = side,
        };
        return Decision.Recorded([signOff], signOff);
    }
}
