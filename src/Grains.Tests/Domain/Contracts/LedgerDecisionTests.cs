using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Proposed → confirmed / waived / disputed / deemed-confirmed; entries never edited, corrections reversed.</summary>
public sealed class LedgerDecisionTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> C1 = new(() => Contract("2016-04-16", "2016-04-16", "2017-04-15", 972000m, """
        "claimWindowDays": 7,
        "obligations": [{ "id": "c1-service", "article": "第三条", "summary": "start the service", "title": "提供运营服务",
          "kind": "one-off", "due": { "from": { "date": "2016-05-01" } } }],
        "payments": [{ "id": "c1-pay-1", "label": "首付款 30%", "amount": 291600, "due": { "from": { "event": "signed" }, "within": { "n": 30, "unit": "working-days" } } }],
        "penalties": [
          { "id": "c1-vacancy", "article": "第八条第3款", "summary": "¥2,000 per person per day after 1 working day",
            "shape": "per-person-day", "trigger": "vacancy", "amount": { "amount": 2000 }, "grace": { "n": 1, "unit": "working-days" } },
          { "id": "c1-late-service", "article": "第八条第13款", "summary": "2% a day, capped at 20%", "shape": "per-day", "trigger": "late",
            "obligations": ["c1-service"], "amount": { "rate": 0.02 }, "cap": { "rate": 0.20 } },
          { "id": "c1-misconduct", "article": "第八条第6款", "summary": "a discretionary amount per occurrence", "shape": "range",
            "min": { "amount": 1000 }, "max": { "amount": 50000 } }]
        """));

    private static readonly ContractFact Opened = Fact("v1", FactTypes.VacancyOpened, "2016-09-14T09:00:00") with { Role = "customer-service", People = 2 };
    private static readonly ContractFact Filled = Fact("v2", FactTypes.VacancyFilled, "2016-09-22T09:00:00") with { Role = "customer-service", People = 2 };
    private static readonly ContractFact ServiceStarted = WorkedExamplesTests.Met("c1-service", "2016-04-30T10:00:00");
    private const string VacancyEntry = "c1-vacancy:v1>v2";

    private static ContractFact Decision(string id, string type, string local, string entry, decimal? amount = null, string reason = "理由") =>
        Fact(id, type, local) with { EntryId = entry, Amount = amount, Reason = reason, RecordedAt = At(local) };

    private static LedgerEntry Entry(ContractEvaluation e, string id) => e.Ledger.Single(x => x.Id == id);

    private static ContractFact ClaimNotice(string entry, string local) =>
        Fact($"claim-{local}", FactTypes.Milestone, local) with { Name = FactTypes.ClaimNotice, EntryId = entry };

    /// <summary>C1 第八条第6款「如果在甲方发出索赔通知后7天内，乙方未作答复，上述索赔应视为已被乙方接受」: 7 days from the notice.</summary>
    [Fact]
    public void UndisputedProposal_IsDeemedConfirmedSevenDaysAfterTheClaimNotice()
    {
        var notice = ClaimNotice(VacancyEntry, "2016-09-22T15:00:00");
        var inside = Evaluate(C1.Value, "2016-09-29T23:59:59", ServiceStarted, Opened, Filled, notice);
        var after = Evaluate(C1.Value, "2016-09-30T00:00:00", ServiceStarted, Opened, Filled, notice);
        Assert.Equal(LedgerStatus.Proposed, Entry(inside, VacancyEntry).Status);
        Assert.Equal(At("2016-09-29T23:59:59"), Entry(inside, VacancyEntry).DisputeWindowEndsAt);
        Assert.Equal(LedgerStatus.DeemedConfirmed, Entry(after, VacancyEntry).Status);
        Assert.Equal(12000.00m, after.Totals.Confirmed);
        Assert.Equal(12000.00m, after.Payments[0].Deductions);
    }

    /// <summary>Issue item 7: the window runs from the claim notice, not from the close of the vacancy; without a notice nothing is deemed.</summary>
    [Fact]
    public void WithoutAClaimNotice_NothingIsDeemedConfirmed_AndALateNoticeStartsTheWindowThen()
    {
        var silent = Evaluate(C1.Value, "2016-12-31T00:00:00", ServiceStarted, Opened, Filled);
        Assert.Equal((LedgerStatus.Proposed, (DateTimeOffset?)null), (Entry(silent, VacancyEntry).Status, Entry(silent, VacancyEntry).DisputeWindowEndsAt));
        var notice = ClaimNotice(VacancyEntry, "2016-10-10T11:00:00");
        var inside = Evaluate(C1.Value, "2016-10-17T23:59:59", ServiceStarted, Opened, Filled, notice);
        Assert.Equal((LedgerStatus.Proposed, At("2016-10-17T23:59:59")), (Entry(inside, VacancyEntry).Status, Entry(inside, VacancyEntry).DisputeWindowEndsAt));
        Assert.Equal(LedgerStatus.DeemedConfirmed, Entry(Evaluate(C1.Value, "2016-10-18T00:00:00", ServiceStarted, Opened, Filled, notice), VacancyEntry).Status);
    }

    [Fact]
    public void DisputedInsideTheWindow_IsNotDeemedConfirmed_AndNotDeducted()
    {
        var dispute = Decision("d1", FactTypes.LedgerDisputed, "2016-09-25T10:00:00", VacancyEntry);
        var e = Evaluate(C1.Value, "2016-10-30T00:00:00", ServiceStarted, Opened, Filled, ClaimNotice(VacancyEntry, "2016-09-22T15:00:00"), dispute);
        Assert.Equal(LedgerStatus.Disputed, Entry(e, VacancyEntry).Status);
        Assert.Equal((12000.00m, 0m), (e.Totals.Disputed, e.Payments[0].Deductions));
    }

    [Fact]
    public void ConfirmingAnAccruingEntry_PinsItsAmount_AndLaterAccrualIsANewEntry()
    {
        var confirm = Decision("c1", FactTypes.LedgerConfirmed, "2016-05-03T10:00:00", "c1-late-service:c1-service", 38880m);
        var e = Evaluate(C1.Value, "2016-05-05T10:00:00", confirm);
        Assert.Equal(38880.00m, Entry(e, "c1-late-service:c1-service").Amount);
        Assert.Equal(LedgerStatus.Confirmed, Entry(e, "c1-late-service:c1-service").Status);
        Assert.Equal((38880.00m, LedgerStatus.Proposed), (Entry(e, "c1-late-service:c1-service#2").Amount, Entry(e, "c1-late-service:c1-service#2").Status));
        Assert.Equal(4 * 19440.00m, e.Ledger.Sum(x => x.Amount));
    }

    [Fact]
    public void ReversingAConfirmedEntry_PostsANegativeEntry_AndLeavesTheOriginalUntouched()
    {
        var confirm = Decision("c1", FactTypes.LedgerConfirmed, "2016-09-23T10:00:00", VacancyEntry, 12000m);
        var reverse = Decision("r1", FactTypes.LedgerReversed, "2016-09-24T10:00:00", VacancyEntry, reason: "考勤记录更正");
        var e = Evaluate(C1.Value, "2016-10-01T00:00:00", ServiceStarted, Opened, Filled, confirm, reverse);
        Assert.Equal(12000.00m, Entry(e, VacancyEntry).Amount);
        Assert.Equal(-12000.00m, Entry(e, VacancyEntry + ":reversal").Amount);
        Assert.Equal(0m, e.Totals.Confirmed);
    }

    [Fact]
    public void DiscretionaryRange_ProposesTheMinimum_AndConfirmsTheChosenAmount()
    {
        var breach = Fact("m1", FactTypes.Occurrence, "2016-06-01T10:00:00") with { ClauseId = "c1-misconduct" };
        var proposed = Entry(Evaluate(C1.Value, "2016-06-02T00:00:00", breach), "c1-misconduct:m1");
        Assert.Equal((1000.00m, 1000.00m, 50000.00m), (proposed.Amount, proposed.RangeMin!.Value, proposed.RangeMax!.Value));
        var confirm = Decision("c1", FactTypes.LedgerConfirmed, "2016-06-03T10:00:00", "c1-misconduct:m1", 20000m);
        Assert.Equal(20000.00m, Entry(Evaluate(C1.Value, "2016-06-04T00:00:00", breach, confirm), "c1-misconduct:m1").Amount);
    }

    [Fact]
    public void WaivedEntries_AreNotDeducted()
    {
        var waive = Decision("w1", FactTypes.LedgerWaived, "2016-09-23T10:00:00", VacancyEntry, reason: "疫情期间豁免");
        var e = Evaluate(C1.Value, "2016-10-30T00:00:00", ServiceStarted, Opened, Filled, waive);
        Assert.Equal(LedgerStatus.Waived, Entry(e, VacancyEntry).Status);
        Assert.Equal((12000.00m, 0m, 0m), (e.Totals.Waived, e.Totals.Confirmed, e.Payments[0].Deductions));
    }

    [Fact]
    public void DecisionsRecordedInTheSameInstant_TakeEffectInTheOrderTheyWereRecorded()
    {
        var dispute = Decision("d1", FactTypes.LedgerDisputed, "2016-09-25T10:00:00", VacancyEntry);
        var confirm = Decision("c1", FactTypes.LedgerConfirmed, "2016-09-25T10:00:00", VacancyEntry, 12000m);
        Assert.Equal(LedgerStatus.Confirmed, Entry(Evaluate(C1.Value, "2016-10-01T00:00:00", ServiceStarted, Opened, Filled, dispute, confirm), VacancyEntry).Status);
        Assert.Equal(LedgerStatus.Disputed, Entry(Evaluate(C1.Value, "2016-10-01T00:00:00", ServiceStarted, Opened, Filled, confirm, dispute), VacancyEntry).Status);
    }

    [Fact]
    public void DecisionsRecordedLater_DoNotChangeAnEarlierAsOfView()
    {
        var confirm = Decision("c1", FactTypes.LedgerConfirmed, "2016-09-25T10:00:00", VacancyEntry, 12000m);
        Assert.Equal(LedgerStatus.Proposed, Entry(Evaluate(C1.Value, "2016-09-24T00:00:00", ServiceStarted, Opened, Filled, confirm), VacancyEntry).Status);
    }
}
