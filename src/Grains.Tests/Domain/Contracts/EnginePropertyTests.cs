using VendorGrid.Tests.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using static VendorGrid.Tests.Domain.Contracts.ContractFixtures;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>Properties that must hold for any input, checked with generated facts.</summary>
public sealed class EnginePropertyTests
{
    private static readonly Lazy<VendorGrid.Domain.Contracts.Definition.ContractDefinition> Capped = new(() => Contract("2024-05-17", "2024-06-06", "2025-06-05", 744700m, """
        "penalties": [
          { "id": "delay", "article": "第八章8.1", "summary": "1% per 2 days, at most 5%", "shape": "per-period",
            "period": { "n": 2, "unit": "calendar-days" }, "amount": { "rate": 0.01 }, "cap": { "rate": 0.05 } },
          { "id": "daily", "article": "第八条第13款", "summary": "2% a day, at most 20%", "shape": "per-day",
            "amount": { "rate": 0.02 }, "cap": { "rate": 0.20 } }]
        """));

    private static ContractFact[] Occurrences((int Clause, int Days, int Offset)[] items) =>
        items.Select((x, i) => new BreachOccurred { Id = $"f{i}", OccurredAt = At("2024-07-01T10:00:00").AddHours(Math.Abs(x.Offset % 5000)),
            ClauseId = x.Clause % 2 == 0 ? "delay" : "daily",
            Days = Math.Abs(x.Days % 60) }).ToArray();

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool ACapIsNeverExceeded((int, int, int)[] items)
    {
        var e = ContractEngine.Evaluate(Capped.Value, Occurrences(items), At("2025-07-01T00:00:00"), CalendarTestData.NationalCalendar);
        return e.Ledger.Where(x => x.ClauseId == "delay").Sum(x => x.Amount) <= 37235.00m
            && e.Ledger.Where(x => x.ClauseId == "daily").Sum(x => x.Amount) <= 148940.00m
            && e.Ledger.All(x => x.Amount > 0);
    }

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool RecordingTheSameFactTwice_ChangesNothing((int, int, int)[] items)
    {
        var facts = Occurrences(items);
        var once = ContractEngine.Evaluate(Capped.Value, facts, At("2025-07-01T00:00:00"), CalendarTestData.NationalCalendar);
        var twice = ContractEngine.Evaluate(Capped.Value, facts.Concat(facts.Reverse()), At("2025-07-01T00:00:00"), CalendarTestData.NationalCalendar);
        return once.Ledger.SequenceEqual(twice.Ledger) && once.Totals == twice.Totals;
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property AddingWorkingDays_LandsOnAWorkingDay_AndIsMonotone()
    {
        var dates = Gen.Choose(0, 365 * 10).Select(d => new DateOnly(2016, 1, 1).AddDays(d));
        return Prop.ForAll(dates.ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (start, n) =>
        {
            var a = CalendarTestData.NationalCalendar.AddWorkingDays(start, n);
            var b = CalendarTestData.NationalCalendar.AddWorkingDays(start, n + 1);
            return CalendarTestData.NationalCalendar.IsWorkingDay(a) && a > start && b > a;
        });
    }
}
