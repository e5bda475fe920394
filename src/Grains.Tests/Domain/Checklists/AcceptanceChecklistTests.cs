using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Checklists;

/// <summary>
/// The acceptance checklists of C1 (10 documents), C4 (13) on the deliverable machinery: submit, review (a rejection
/// reopens the document), deemed approval after C4's 15-working-day window, and acceptance only when all are approved.
/// </summary>
public sealed class AcceptanceChecklistTests
{
    private static ContractDefinition C1 => SeedContracts.C1.Value;
    private static ContractDefinition C4 => SeedContracts.C4.Value;

    /// <summary>Applies each step as the grain does: checked against the checklist as of its instant, then appended.</summary>
    private sealed class Checklist(ContractDefinition definition)
    {
        public List<ContractFact> Facts { get; } = [];

        public AcceptanceView At(string local) =>
            AcceptanceChecklist.View(definition, ContractEngine.Evaluate(definition, Facts, VendorGrid.Tests.Domain.Contracts.ContractFixtures.At(local), Calendar.CalendarTestData.NationalCalendar), Facts);

        public ChecklistCheck Submit(string clause, int n, string local) =>
            Keep(AcceptanceChecklist.Submit(At(local), Facts, clause, n, VendorGrid.Tests.Domain.Contracts.ContractFixtures.At(local), null));

        public ChecklistCheck Review(string clause, int n, string local, string outcome, string? reason = null) =>
            Keep(AcceptanceChecklist.Review(At(local), Facts, clause, n, VendorGrid.Tests.Domain.Contracts.ContractFixtures.At(local), outcome, reason));

        public ChecklistCheck Accept(string local) => Keep(AcceptanceChecklist.Accept(At(local), Facts, VendorGrid.Tests.Domain.Contracts.ContractFixtures.At(local)));

        private ChecklistCheck Keep(ChecklistCheck check)
        {
            if (check.ToRecord is { } fact) Facts.Add(fact);
            return check;
        }
    }

    private static AcceptanceDocument Doc(AcceptanceView view, string clause, int n) => AcceptanceChecklist.Find(view, clause, n)!;

    [Fact]
    public void EachSeededChecklistDocument_IsTrackedWithTheChecklistsDeadline()
    {
        var c1 = new Checklist(C1).At("2017-04-01T00:00:00");
        Assert.Equal(10, c1.Documents.Length);
        Assert.Equal(("c1-acceptance-documents", 1, "开工申请", DocumentStatus.Pending), (c1.Documents[0].ObligationId, c1.Documents[0].Index, c1.Documents[0].Name, c1.Documents[0].Status));
        Assert.All(c1.Documents, d => Assert.Equal(At("2017-04-15T23:59:59"), d.DueAt));
        Assert.False(c1.ReadyForAcceptance);
        Assert.Equal(13, new Checklist(C4).At("2025-07-01T00:00:00").Documents.Length);
        Assert.Equal(6, new Checklist(SeedContractsC3()).At("2025-07-01T00:00:00").Documents.Length);
    }

    private static ContractDefinition SeedContractsC3() => ContractJson.ParseDefinition(File.ReadAllText(
        Path.Combine(Infrastructure.RepositoryPaths.Seeds, "c3-medical-registration-ops-2024.json"))).Value!;

    [Fact]
    public void ARejectedDocument_ReopensAndIsLateAgain_UntilTheVendorResubmitsAndTheInstitutionApproves()
    {
        var c1 = new Checklist(C1);
        c1.Facts.Add(new ObligationMet { Id = "onsite", OccurredAt = At("2016-04-20T09:00:00"), ObligationId = "c1-staff-onsite-start" });  // service started in time
        Assert.NotNull(c1.Submit("c1-acceptance-documents", 4, "2017-04-10T10:00:00").ToRecord);
        Assert.Equal(DocumentStatus.Submitted, Doc(c1.At("2017-04-12T00:00:00"), "c1-acceptance-documents", 4).Status);
        Assert.Equal(["reason"], c1.Review("c1-acceptance-documents", 4, "2017-04-12T10:00:00", "rejected").Errors.Select(e => e.Path));
        Assert.NotNull(c1.Review("c1-acceptance-documents", 4, "2017-04-12T10:00:00", "rejected", "缺少专病运营章节").ToRecord);

        var rejected = Doc(c1.At("2017-04-17T00:00:00"), "c1-acceptance-documents", 4);
        Assert.Equal((DocumentStatus.Rejected, "缺少专病运营章节", At("2017-04-12T10:00:00")), (rejected.Status, rejected.Reason, rejected.ReviewedAt));
        var instance = Evaluate(C1, "2017-04-17T00:00:00", [.. c1.Facts]).Obligations.Single(o => o.Id == "c1-acceptance-documents@document-4");
        Assert.Equal((ObligationStatus.Late, "验收文档：项目总体运营方案", 4), (instance.Status, instance.Title, instance.Document));

        Assert.NotNull(c1.Review("c1-acceptance-documents", 4, "2017-04-17T09:00:00", "approved").Conflict);  // nothing awaits review
        Assert.NotNull(c1.Submit("c1-acceptance-documents", 4, "2017-04-17T10:00:00").ToRecord);
        Assert.NotNull(c1.Submit("c1-acceptance-documents", 4, "2017-04-17T11:00:00").Conflict);  // awaiting review
        Assert.NotNull(c1.Review("c1-acceptance-documents", 4, "2017-04-18T10:00:00", "approved").ToRecord);
        var approved = Doc(c1.At("2017-04-19T00:00:00"), "c1-acceptance-documents", 4);
        Assert.Equal((DocumentStatus.Approved, At("2017-04-17T10:00:00"), At("2017-04-18T10:00:00"), (string?)null),
            (approved.Status, approved.SubmittedAt, approved.ReviewedAt, approved.Reason));
        Assert.Null(approved.ReviewDueAt);  // C1 prints no review window: nothing is deemed approved
        // A step dated before the document's last one would rewrite its history: refused, naming the instant.
        Assert.Equal(["at"], c1.Review("c1-acceptance-documents", 4, "2017-04-18T09:00:00", "approved").Errors.Select(e => e.Path));
    }

    [Fact]
    public void C4_AnUnansweredDocument_IsDeemedApproved_After15WorkingDays_CountingTheMakeUpSundayAndSkippingMayDay()
    {
        // Submitted Friday 2025-04-25. Working days after it: Sunday 04-27 (调休 working day), 04-28 … 04-30, then the
        // 05-01 … 05-05 holiday, 05-06 … 05-09, 05-12 … 05-16, 05-19, 05-20: the 15th working day is Tuesday 2025-05-20.
        var c4 = new Checklist(C4);
        Assert.NotNull(c4.Submit("c4-acceptance-documents", 11, "2025-04-25T15:00:00").ToRecord);
        var waiting = Doc(c4.At("2025-05-20T23:00:00"), "c4-acceptance-documents", 11);
        Assert.Equal((DocumentStatus.Submitted, At("2025-05-20T23:59:59")), (waiting.Status, waiting.ReviewDueAt));

        var deemed = Doc(c4.At("2025-05-21T00:00:01"), "c4-acceptance-documents", 11);
        Assert.Equal((DocumentStatus.DeemedApproved, At("2025-05-20T23:59:59"), "信息化运维项目验收申请表"), (deemed.Status, deemed.ReviewedAt, deemed.Name));
        Assert.NotNull(c4.Review("c4-acceptance-documents", 11, "2025-05-22T10:00:00", "rejected", "too late").Conflict);
    }

    [Fact]
    public void AcceptancePasses_OnlyWithEveryDocumentApprovedOrDeemedApproved_NamingEachOneThatIsNot()
    {
        var c4 = new Checklist(C4);
        for (var n = 1; n <= 13; n++) Assert.NotNull(c4.Submit("c4-acceptance-documents", n, "2025-06-20T10:00:00").ToRecord);
        for (var n = 1; n <= 12; n++) Assert.NotNull(c4.Review("c4-acceptance-documents", n, "2025-06-23T10:00:00", "approved").ToRecord);

        var blocked = c4.Accept("2025-06-24T10:00:00");
        Assert.Equal([("documents[12]", "项目验收意见（按年度） (c4-acceptance-documents #13) is awaiting review, not approved")],
            blocked.Errors.Select(e => (e.Path, e.Message)));
        // 15 working days after Friday 2025-06-20 end with Friday 2025-07-11; the 13th is deemed approved from then.
        Assert.True(c4.At("2025-07-12T00:00:00").ReadyForAcceptance);
        var accepted = c4.Accept("2025-07-14T10:00:00").ToRecord!;
        Assert.Equal((FactTypes.Accepted, At("2025-07-14T10:00:00")), (accepted.Type, accepted.OccurredAt));
        Assert.Equal(At("2025-07-14T10:00:00"), c4.At("2025-07-15T00:00:00").Accepted!.At);
        Assert.Same(accepted, c4.Accept("2025-07-14T10:00:00").AlreadyRecorded);
        Assert.NotNull(c4.Accept("2025-07-15T10:00:00").Conflict);
        Assert.NotNull(c4.Submit("c4-acceptance-documents", 1, "2025-07-16T10:00:00").Conflict);  // the checklist is closed
    }

    [Fact]
    public void C1_DocumentsDeliveredThreeDaysLate_ChargeLateServiceOnceForTheChecklist_NotOncePerDocument()
    {
        var c1 = new Checklist(C1);
        c1.Facts.Add(new ObligationMet { Id = "onsite", OccurredAt = At("2016-04-20T09:00:00"), ObligationId = "c1-staff-onsite-start" });
        for (var n = 1; n <= 10; n++) Assert.NotNull(c1.Submit("c1-acceptance-documents", n, $"2017-04-18T{8 + n:00}:00:00").ToRecord);

        var e = Evaluate(C1, "2017-05-01T00:00:00", [.. c1.Facts]);
        var checklist = e.Obligations.Single(o => o.Id == "c1-acceptance-documents");
        Assert.Equal((ObligationStatus.Met, At("2017-04-18T18:00:00"), 3), (checklist.Status, checklist.MetAt, checklist.LateDays));
        var late = Assert.Single(e.Ledger, x => x.ClauseId == "c1-late-service");
        Assert.Equal(("c1-late-service:c1-acceptance-documents", 58320.00m), (late.Id, late.Amount));  // 3 days × 2 % × ¥972,000
    }
}
