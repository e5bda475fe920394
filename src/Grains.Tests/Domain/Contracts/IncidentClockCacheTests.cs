using System.Text.Json;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Tests.Domain.Calendar;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The contract grain keeps each incident's clocks between evaluations (issue 6: a step must not re-run every earlier
/// incident). The engine without the cache is the reference: with it, every answer must be the same.
/// </summary>
public sealed class IncidentClockCacheTests
{
    private static readonly ContractDefinition C2 = Staffing.StaffingFixtures.C2;

    private static string Json(ContractEvaluation e) => JsonSerializer.Serialize(e, ContractJson.Options);

    /// <summary>Incidents in and outside working time, emergencies, escalations, steps late, early and missing.</summary>
    private static List<ContractFact> Incidents()
    {
        var facts = new List<ContractFact>();
        var opened = At("2026-02-13T16:50:00");  // a Friday afternoon before the Spring Festival and its make-up Saturday
        for (var i = 0; i < 24; i++)
        {
            var at = opened.AddMinutes(97 * i);
            var id = $"inc-{i}";
            facts.Add(new IncidentOpened { Id = $"incident:{id}", IncidentId = id, OccurredAt = at,
                Severity = (i % 5) switch { 0 => "emergency", 1 => "major", _ => "normal" } });
            void Step(string name, int minutes) =>
                facts.Add(new IncidentStepRecorded { Id = $"incident:{id}:{name}", IncidentId = id, Name = name, OccurredAt = at.AddMinutes(minutes) });
            if (i % 4 != 3) Step("responded", i % 3 == 0 ? 40 : 8);
            if (i % 6 == 1) Step("escalated-onsite", 70);
            if (i % 3 == 1) Step("onsite", i % 6 == 1 ? 200 : 50);
            if (i % 7 == 2) Step("remote-support", 10);
            if (i % 4 != 2) Step("restored", i % 2 == 0 ? 55 : 150);
            if (i % 4 == 0) Step("closed", 240);
        }
        return facts;
    }

    [Fact]
    public void StepByStepWithTheCache_EqualsAFullEvaluation_AtEveryInstant()
    {
        var calendar = CalendarTestData.NationalCalendar;
        var all = Incidents();
        var cache = new IncidentClockCache();
        var known = new List<ContractFact>();
        // Facts arrive one at a time; each is evaluated "now" and at instants before, between and long after the clocks.
        var instants = new[] { -120, 0, 5, 16, 31, 61, 119, 181, 600, 60 * 24 * 30 }.Select(m => TimeSpan.FromMinutes(m)).ToArray();
        foreach (var fact in all)
        {
            known.Add(fact);
            foreach (var offset in instants)
            {
                var asOf = fact.OccurredAt + offset;
                Assert.Equal(Json(ContractEngine.Evaluate(C2, known, asOf, calendar)), Json(ContractEngine.Evaluate(C2, known, asOf, calendar, cache)));
            }
        }
        Assert.True(cache.Hits > cache.Misses, $"hits {cache.Hits}, misses {cache.Misses}");
    }

    [Fact]
    public void AStep_RecomputesOnlyItsOwnIncident()
    {
        var calendar = CalendarTestData.NationalCalendar;
        var all = Incidents();
        var asOf = At("2026-03-31T12:00:00");
        var cache = new IncidentClockCache();
        ContractEngine.Evaluate(C2, all, asOf, calendar, cache);
        var clockClauses = C2.Obligations.Count(o => o.Kind == ObligationKind.ResponseClock);
        var before = cache.Misses;

        var step = new IncidentStepRecorded { Id = "incident:inc-3:closed", IncidentId = "inc-3", Name = "closed", OccurredAt = At("2026-03-01T09:00:00") };
        var withStep = ContractEngine.Evaluate(C2, [.. all, step], asOf, calendar, cache);

        Assert.Equal(clockClauses, cache.Misses - before);
        Assert.Equal(Json(ContractEngine.Evaluate(C2, [.. all, step], asOf, calendar)), Json(withStep));
    }
}
