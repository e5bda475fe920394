using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Checklists;

/// <summary>C1 第三条2.3: 管理制度 10, 工作流程 30, 监督检查 30, 目标完成 30; monthly; below 80 fails and lets the hospital terminate.</summary>
public sealed class ScorecardTests
{
    private static ContractDefinition C1 => SeedContracts.C1.Value;

    private static EvaluationRecorded Evaluation(string id, string month, string evaluatedAt, decimal rules, decimal workflow, decimal supervision, decimal targets) => new()
    {
        Id = Scorecards.FactPrefix + id, OccurredAt = At(evaluatedAt), Month = month, ObligationId = "",
        Scores = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, decimal>
        {
            ["management-rules"] = rules, ["workflow"] = workflow, ["supervision"] = supervision, ["targets"] = targets,
        }),
    };

    private static EvaluationRecorded Recorded(EvaluationRecorded proposed, params EvaluationRecorded[] earlier)
    {
        var check = Scorecards.Check(C1, earlier, proposed);
        Assert.Empty(check.Errors);
        return Assert.IsType<EvaluationRecorded>(check.ToRecord);
    }

    [Fact]
    public void C1Scorecard_HasTheContractsFourSections_OutOf100_PassingAt80()
    {
        var (clause, card) = Scorecards.Of(C1)!.Value;
        Assert.Equal("c1-monthly-evaluation", clause.Id);
        Assert.Equal([("management-rules", "管理制度", 10m), ("workflow", "工作流程", 30m), ("supervision", "监督检查", 30m), ("targets", "目标完成", 30m)],
            card.Sections.Select(s => (s.Id, s.Title, s.Max)));
        Assert.Equal((100m, 80m, "c1-evaluation-failed"), (card.Total, card.PassAt, card.PenaltyClause));
    }

    [Theory]
    [InlineData(8, 25, 25, 22, 80, true)]
    [InlineData(8, 25, 25, 21.5, 79.5, false)]
    [InlineData(10, 30, 30, 30, 100, true)]
    [InlineData(0, 0, 0, 0, 0, false)]
    public void TheTotalIsTheSumOfTheSections_AndPassesFrom80(decimal rules, decimal workflow, decimal supervision, decimal targets, decimal total, bool passed)
    {
        var scored = Scorecards.Score(C1, Recorded(Evaluation("ev-6", "2016-06", "2016-06-30T16:00:00", rules, workflow, supervision, targets)));
        Assert.Equal((total, passed), (scored.Total, scored.Passed));
        Assert.Equal("c1-monthly-evaluation@2016-06-01", scored.ObligationId);
        Assert.Equal([rules, workflow, supervision, targets], scored.Sections.Select(s => s.Points));
    }

    [Fact]
    public void RecordingAMonthsEvaluation_MeetsThatMonthsClientObligation_AndNoOther()
    {
        var june = Recorded(Evaluation("ev-6", "2016-06", "2016-07-04T10:00:00", 8, 25, 25, 24));
        var e = Evaluate(C1, "2016-08-10T00:00:00", june);
        var months = e.Obligations.Where(o => o.ClauseId == "c1-monthly-evaluation").ToDictionary(o => o.Id);
        Assert.Equal((ObligationStatus.Met, At("2016-07-04T10:00:00")), (months["c1-monthly-evaluation@2016-06-01"].Status, months["c1-monthly-evaluation@2016-06-01"].MetAt));
        Assert.Equal(ObligationStatus.Late, months["c1-monthly-evaluation@2016-07-01"].Status);
        // Calendar months clipped to the term: April 16–30 2016 is the first, April 1–15 2017 the last.
        Assert.Equal(At("2016-04-30T23:59:59"), months["c1-monthly-evaluation@2016-04-16"].DueAt);
    }

    [Fact]
    public void AFailingScore_RaisesTheTerminationRight_WithTheEvaluationAndItsScoreAsBasis()
    {
        var passing = Recorded(Evaluation("ev-6", "2016-06", "2016-06-30T16:00:00", 8, 25, 25, 24));
        var failing = Recorded(Evaluation("ev-7", "2016-07", "2016-07-29T16:00:00", 6, 22, 24, 20), passing);
        Assert.Empty(Evaluate(C1, "2016-07-29T15:00:00", passing, failing).TerminationRights.Where(r => r.ClauseId == "c1-evaluation-failed"));

        var right = Assert.Single(Evaluate(C1, "2016-08-01T00:00:00", passing, failing).TerminationRights, r => r.ClauseId == "c1-evaluation-failed");
        Assert.Equal(At("2016-07-29T16:00:00"), right.Since);
        Assert.Equal("第三条2.3: 运营人员服务质量月度考评 2016-07：72 分（满分 100），低于合格线 80 分（评估 ev-7）", right.Basis);
    }

    [Fact]
    public void EachSectionMustBeScored_WithinItsMaximum_AndNothingElse()
    {
        var proposed = Evaluation("ev-6", "2016-06", "2016-06-30T16:00:00", 11, 25, -1, 24) is var e
            ? e with { Scores = e.Scores.Remove("targets").Add("bonus", 5) } : null!;
        var check = Scorecards.Check(C1, [], proposed);
        Assert.Null(check.ToRecord);
        Assert.Equal(["scores.bonus", "scores.management-rules", "scores.supervision", "scores.targets"], check.Errors.Select(x => x.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2016-03", "2016-03-31T10:00:00", "period")]
    [InlineData("2017-05", "2017-05-31T10:00:00", "period")]
    [InlineData("2016-13", "2016-06-30T10:00:00", "period")]
    [InlineData("2016-06", "2016-05-31T10:00:00", "evaluatedAt")]
    public void APeriodOutsideTheTerm_OrScoredBeforeItBegins_IsRefused(string month, string evaluatedAt, string field)
    {
        var check = Scorecards.Check(C1, [], Evaluation("ev", month, evaluatedAt, 8, 25, 25, 24));
        Assert.Equal([field], check.Errors.Select(x => x.Path));
    }

    [Fact]
    public void AMonthIsEvaluatedOnce_TheSameContentAgainIsTheFirstRecording_OtherContentIsRefused()
    {
        var june = Recorded(Evaluation("ev-6", "2016-06", "2016-06-30T16:00:00", 8, 25, 25, 24));
        Assert.Same(june, Scorecards.Check(C1, [june], Evaluation("ev-6", "2016-06", "2016-06-30T16:00:00", 8, 25, 25, 24)).AlreadyRecorded);
        Assert.Equal(["period"], Scorecards.Check(C1, [june], Evaluation("ev-6b", "2016-06", "2016-06-30T16:00:00", 8, 25, 25, 20)).Errors.Select(x => x.Path));
        Assert.Equal(["id"], Scorecards.Check(C1, [june], Evaluation("ev-6", "2016-07", "2016-07-30T16:00:00", 8, 25, 25, 24)).Errors.Select(x => x.Path));
    }

    [Theory]
    [InlineData(10, 30, 80, "obligations[0].scorecard.sections")]
    [InlineData(40, 60, 101, "obligations[0].scorecard.passAt")]
    public void TheValidator_WantsSectionsAddingUpToTheTotal_AndAPassMarkWithinIt(int first, int second, int passAt, string path)
    {
        var json = $$"""
            {
              "id": "scored-contract", "title": "考评合同",
              "institution": { "id": "121100004006863122", "name": "甲方" }, "vendor": { "id": "91110106MA01A51E7B", "name": "乙方" },
              "signedOn": "2016-04-16", "term": { "start": "2016-04-16", "end": "2017-04-15" }, "total": 1000,
              "obligations": [{ "id": "monthly-score", "article": "第三条", "summary": "monthly score", "title": "月度考评", "party": "client",
                "kind": "recurring", "recurrence": { "every": "month", "align": "calendar" },
                "scorecard": { "total": 100, "passAt": {{passAt}}, "sections": [
                  { "id": "a", "title": "甲", "max": {{first}} }, { "id": "b", "title": "乙", "max": {{second}} } ] } }]
            }
            """;
        var errors = ContractJson.ParseDefinition(json).Errors;
        Assert.Contains(errors, e => e.Path == path);
    }
}
