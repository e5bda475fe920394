using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// Drafts a contract definition from the plain text of a Chinese public-procurement IT-service contract, by rules
/// (no model, no network): parties, term, total, usage pricing, payments, penalties and the deadlines penalties
/// charge. Every drafted payment, obligation and penalty carries the span of text it came from and a confidence with
/// its reason; sentences that read like rules it cannot express are listed as unrecognized. Pure: text in, draft out.
/// </summary>
public static class ContractDrafter
{
    /// <summary>Longer texts are refused (422 naming <c>text</c>): five seed contracts with annexes are 13–23 k characters.</summary>
    public const int MaxTextLength = 200_000;

    public static ContractDraft Draft(string text)
    {
        var context = new DraftContext(ContractText.Parse(text));
        UnsupportedReader.Read(context);
        var (institution, vendor) = PartyReader.Read(context);
        var draft = HeaderReader.Read(context, new DraftDefinition { Institution = institution, Vendor = vendor });
        draft = draft with { Usage = UsageReader.Read(context, draft) };
        var payments = PaymentReader.Read(context, draft);

        var obligations = new List<ObligationDefinition>();
        string? Deadline(Paragraph p, Range s)
        {
            var where = DraftContext.Span(p.Source(s));
            if (obligations.FirstOrDefault(o => o.Source == where) is { } known) return known.Id;
            if (DeadlineReader.Read(p, s, obligations.Count + 1) is not { } duty) return null;
            obligations.Add(duty);
            context.Use(p, s);
            return duty.Id;
        }
        var staffing = StaffingReader.Read(context);
        var clauses = PenaltyReader.Read(context, Deadline);
        string IdOf(PenaltyDraft c) => $"penalty-{clauses.IndexOf(c) + 1}";
        var penalties = clauses.Select(c => Finish(c, IdOf(c), c.Alongside is { } other ? IdOf(other) : null, payments, staffing)).ToImmutableArray();
        var allObligations = ObligationReader.Read(context, obligations);
        var lineItems = LineItemReader.Read(context, draft);

        context.Warn("id", "choose the contract's id (lower-case words joined by hyphens); the text does not give one");
        return new ContractDraft
        {
            Definition = draft with
            {
                Id = null, LineItems = lineItems, Payments = payments, Obligations = allObligations, Penalties = penalties, Staffing = staffing,
            },
            Unrecognized = [.. context.Unrecognized()],
            Warnings = [.. context.Warnings],
        };
    }

    /// <summary>Why the text does not read as a contract (no parties, no money, no rules), or null when it does.</summary>
    public static string? NotAContract(ContractDraft draft)
    {
        var d = draft.Definition;
        if (d.Institution is null && d.Vendor is null) return "does not read as a contract: no 甲方 or 乙方 is named";
        if (d.Total is null && d.Payments.IsEmpty && d.Penalties.IsEmpty) return "does not read as a contract: no total, payment or penalty found";
        return null;
    }

    private static PenaltyDefinition Finish(PenaltyDraft clause, string id, string? alongside, ImmutableArray<PaymentDefinition> payments, ImmutableArray<StaffingRequirement> staffing)
    {
        if (clause.Trigger == PenaltyTrigger.PaymentLate)
        {
            var onAcceptance = clause.Payments.Remove("@accepted");
            clause.Payments.AddRange(payments.Where(p => !onAcceptance || p.Due.From.Event == "accepted").Select(p => p.Id));
        }
        var definition = clause.ToDefinition(id, alongside);
        if (definition.Trigger == PenaltyTrigger.Vacancy) definition = definition with { Roles = [.. staffing.Select(r => r.Role)] };
        if (definition.Trigger == PenaltyTrigger.PaymentLate && definition.Payments.IsEmpty)
            definition = definition with { Trigger = PenaltyTrigger.Occurrence };
        return definition with { Summary = PenaltySummary.Describe(definition) };
    }
}
