using VendorGrid.Tests.Domain.Calendar;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>DOMAIN.md §5 examples 6 (usage billing) and 9 (deduction), and the client's late-payment interest.</summary>
public sealed class PaymentsAndUsageTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C5 = new(() => Contract("2024-01-20", "2024-02-01", "2025-01-31", 19000000m, """
        "usage": { "estimate": 19000000, "prices": [{ "channel": "online", "unitPrice": 0.46 }, { "channel": "phone", "unitPrice": 3.94 }] },
        "payments": [
          { "id": "c5-pay-1", "label": "第一期（前6个月）", "due": { "from": { "date": "2024-09-30" } }, "usageFrom": "2024-02-01", "usageTo": "2024-07-01",
            "conditions": ["invoice", "usage-verified"], "invoiceLeadTime": { "n": 5, "unit": "working-days" } },
          { "id": "c5-pay-2", "label": "第二期", "due": { "from": { "date": "2024-12-31" } }, "usageFrom": "2024-08-01", "usageTo": "2024-10-01" },
          { "id": "c5-pay-3", "label": "尾款", "due": { "from": { "event": "accepted" }, "within": { "n": 30, "unit": "calendar-days" } }, "balance": true }]
        """, institution: "bj-health-commission", vendor: "911100008016572721"));

    private static ContractFact Usage(string month, long online, long phone) =>
        new UsageVerified { Id = $"u-{month}", OccurredAt = At($"{month}-28T10:00:00"), Month = month, Online = online, Phone = phone };

    private static IEnumerable<ContractFact> FirstHalfYear() =>
        new[] { "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07" }
            .Select((m, i) => Usage(m, i < 4 ? 1666667 : 1666666, i < 4 ? 166667 : 166666));

    [Fact]
    public void C5_FirstHalfYear_TenMillionOnlineAndOneMillionPhone_Is8540000()
    {
        var e = ContractEngine.Evaluate(C5.Value, FirstHalfYear(), At("2024-08-15T00:00:00"), CalendarTestData.NationalCalendar);
        Assert.Equal(8540000.00m, e.Payments[0].Gross);
        Assert.Equal(PaymentStatus.AwaitingInvoice, e.Payments[0].Status);
    }

    [Theory]
    [InlineData(14500000, 1000000, 19150000, 19000000, 150000, 0)]
    [InlineData(14826027, 1000007, 19300000, 19000000, 190000, 110000)]
    public void C5_YearOverrun_UpToOnePercentIsBorneByTheVendor_TheRestNeedsASupplementalAgreement(
        long online, long phone, decimal charges, decimal payable, decimal borne, decimal flagged)
    {
        var facts = FirstHalfYear().Append(Usage("2024-12", online, phone));
        var e = ContractEngine.Evaluate(C5.Value, facts, At("2025-02-01T00:00:00"), CalendarTestData.NationalCalendar);
        Assert.Equal(charges, e.Usage!.Charges);
        Assert.Equal(payable, e.Usage.Payable);
        Assert.Equal(borne, e.Usage.BorneByVendor);
        Assert.Equal(flagged, e.Usage.NeedsSupplementalAgreement);
        Assert.Equal(payable, e.Payments.Sum(p => p.Gross));
    }

    [Fact]
    public void C5_LateInvoice_DefersThePaymentDeadline()
    {
        var invoice = new InvoiceReceived { Id = "inv-1", OccurredAt = At("2024-09-27T10:00:00"), PaymentId = "c5-pay-1" };
        var e = ContractEngine.Evaluate(C5.Value, FirstHalfYear().Append(invoice), At("2024-09-28T00:00:00"), CalendarTestData.NationalCalendar);
        // 5 working days after Friday 09-27: 09-29 (make-up Sunday), 09-30, then 10-08, 10-09, 10-10 after National Day.
        Assert.Equal(At("2024-10-10T23:59:59"), e.Payments[0].DueAt);
    }

    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C2 = new(() => Contract("2026-02-05", "2026-02-05", "2027-03-02", 1475000m, """
        "obligations": [{ "id": "c2-go-live", "article": "第三条第1款", "summary": "four modules live", "title": "四个模块上线",
          "kind": "one-off", "due": { "from": { "event": "signed" }, "within": { "n": 45, "unit": "calendar-days" } } }],
        "payments": [
          { "id": "c2-pay-1", "label": "首付款 50%", "amount": 737500, "due": { "from": { "event": "signed" }, "within": { "n": 20, "unit": "working-days" } }, "conditions": ["invoice"] },
          { "id": "c2-pay-2", "label": "尾款 50%", "amount": 737500, "due": { "from": { "event": "accepted" }, "within": { "n": 20, "unit": "working-days" } }, "conditions": ["invoice", "acceptance"] }],
        "penalties": [
          { "id": "c2-late-performance", "article": "第八条第4款", "summary": "0.3% a day", "shape": "per-day", "trigger": "late",
            "obligations": ["c2-go-live"], "amount": { "rate": 0.003 }, "escalation": { "atLateDays": 10, "oneTime": { "rate": 0.10 }, "terminationRight": true } },
          { "id": "c2-client-late-payment", "article": "第八条第1款", "summary": "0.1% a day of the unpaid amount after two reminders, at most 5% of it",
            "payer": "client", "shape": "interest", "trigger": "payment-late", "payments": ["c2-pay-1"], "amount": { "rate": 0.001, "base": "unpaid-amount" },
            "cap": { "rate": 0.05, "base": "unpaid-amount", "scope": "trigger" }, "preconditions": { "reminders": 2, "minimumGap": { "n": 1, "unit": "weeks" } } }]
        """, institution: "121100004006863122", vendor: "91110106MA01A51E7B"));

    [Fact]
    public void C2_FinalPayment_NetsConfirmedPenalties_InvoiceStaysGross()
    {
        ContractFact[] facts =
        [
            WorkedExamplesTests.Met("c2-go-live", "2026-03-27T10:00:00"),
            new InvoiceReceived { Id = "inv-1", OccurredAt = At("2026-02-10T10:00:00"), PaymentId = "c2-pay-1" },
            new PaymentMade { Id = "pay-1", OccurredAt = At("2026-03-02T10:00:00"), PaymentId = "c2-pay-1", Amount = 737500m },
            new AcceptancePassed { Id = "acc", OccurredAt = At("2027-03-05T10:00:00") },
            new InvoiceReceived { Id = "inv-2", OccurredAt = At("2027-03-06T10:00:00"), PaymentId = "c2-pay-2", Amount = 737500m },
        ];
        // What the ledger holds confirmed (the vendor confirmed ¥22,125) is netted; the engine itself confirms nothing.
        var e = ContractEngine.Evaluate(C2.Value, facts, At("2027-03-10T00:00:00"), CalendarTestData.NationalCalendar, null, confirmedPenalties: 22125m);
        var final = e.Payments.Single(p => p.Id == "c2-pay-2");
        Assert.Equal((737500.00m, 22125.00m, 715375.00m), (final.Gross, final.Deductions, final.Net));
        Assert.Equal(PaymentStatus.Due, final.Status);
        Assert.Equal(0m, e.Payments[0].Deductions);
        Assert.Equal((22125.00m, LedgerStatus.Proposed), (e.Ledger.Single(l => l.ClauseId == "c2-late-performance").Amount, e.Ledger.Single(l => l.ClauseId == "c2-late-performance").Status));
    }

    private static bool IsClients(LedgerEntry e) => e.Payer == VendorGrid.Domain.Contracts.Definition.ObligationParty.Client;

    [Fact]
    public void C2_ClientPaysLate_InterestRunsOnlyAfterTwoRemindersAWeekApart_CappedAtFivePercent()
    {
        var invoice = new InvoiceReceived { Id = "inv-1", OccurredAt = At("2026-02-10T10:00:00"), PaymentId = "c2-pay-1" };
        var r1 = new PaymentReminderSent { Id = "r1", OccurredAt = At("2026-03-12T10:00:00"), PaymentId = "c2-pay-1" };
        var tooSoon = new PaymentReminderSent { Id = "r2", OccurredAt = At("2026-03-14T10:00:00"), PaymentId = "c2-pay-1" };
        var r3 = new PaymentReminderSent { Id = "r3", OccurredAt = At("2026-03-19T10:00:00"), PaymentId = "c2-pay-1" };
        // 20 working days after 2026-02-05, across the Spring Festival and its two make-up Saturdays.
        Assert.Equal(At("2026-03-11T23:59:59"), ContractEngine.Evaluate(C2.Value, [], At("2026-03-01T00:00:00"), CalendarTestData.NationalCalendar).Payments[0].DueAt);
        var none = ContractEngine.Evaluate(C2.Value, [invoice, r1, tooSoon], At("2026-04-30T00:00:00"), CalendarTestData.NationalCalendar);
        Assert.DoesNotContain(none.Ledger, IsClients);
        var ten = ContractEngine.Evaluate(C2.Value, [invoice, r1, tooSoon, r3], At("2026-03-29T12:00:00"), CalendarTestData.NationalCalendar);
        Assert.Equal(7375.00m, Assert.Single(ten.Ledger, IsClients).Amount);   // 10 days × 0.1% × 737,500
        var capped = ContractEngine.Evaluate(C2.Value, [invoice, r1, tooSoon, r3], At("2026-09-01T00:00:00"), CalendarTestData.NationalCalendar);
        Assert.Equal(36875.00m, Assert.Single(capped.Ledger, IsClients).Amount); // 5% of 737,500
        Assert.Equal(36875.00m, capped.Totals.OwedByClient);
    }
}
