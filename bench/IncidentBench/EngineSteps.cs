using System.Diagnostics;
using System.Globalization;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// In process, on one thread: what one incident step costs the contract grain's evaluation when the contract already
/// holds N incidents, with the grain's per-incident clock cache and without it (every incident's clocks again).
/// Records the incidents of the API bench (C2, four steps each, one every 50 minutes), then times the last STEPS steps.
/// </summary>
internal static class EngineSteps
{
    public static int Run(string root, int incidents, int steps)
    {
        var calendar = WorkingCalendar.FromNational(HolidayCalendarData.Parse(File.ReadAllText(Path.Combine(root, "data/calendar/cn-holidays.json"))));
        var definition = ContractJson.ParseDefinition(File.ReadAllText(Path.Combine(root, "seeds", "c2-chaoyang-his-2026.json"))).Value!;
        var facts = new List<ContractFact>();
        var openedBase = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(8));
        (string Type, int Minutes)[] stepKinds = [("responded", 5), ("onsite", 20), ("restored", 25), ("closed", 40)];
        for (var i = 0; i < incidents; i++)
        {
            var opened = openedBase.AddMinutes(50L * i);
            facts.Add(new ContractFact { Id = $"incident:inc-{i}", Type = FactTypes.IncidentOpened, IncidentId = $"inc-{i}", OccurredAt = opened,
                Severity = i % 10 == 0 ? "emergency" : "normal" });
            foreach (var (type, minutes) in stepKinds)
                facts.Add(new ContractFact { Id = $"incident:inc-{i}:{type}", Type = FactTypes.IncidentEvent, IncidentId = $"inc-{i}", Name = type,
                    OccurredAt = opened.AddMinutes(minutes) });
        }
        var now = openedBase.AddMinutes(50L * incidents + 60);
        foreach (var cached in new[] { false, true, false, true })
        {
            var cache = cached ? new IncidentClockCache() : null;
            var known = facts.Take(facts.Count - steps).ToList();
            ContractEngine.Evaluate(definition, known, now, calendar, cache);  // as the grain holds them before the timed steps
            var times = new List<double>();
            foreach (var step in facts.Skip(facts.Count - steps))
            {
                known.Add(step);
                var started = Stopwatch.GetTimestamp();
                ContractEngine.Evaluate(definition, known, now, calendar, cache);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine incidents={incidents} cache={(cached ? "on" : "off")} steps={steps} median_ms={times[times.Count / 2]:0.000} p99_ms={times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]:0.000}"));
        }
        return 0;
    }
}
