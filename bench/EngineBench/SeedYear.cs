using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// The C2 seed with a year of facts: every obligation instance due in the term reported (one in six late),
/// inspections, trainings, a defect, a vacancy and an outage — what a contract looks like at its end.
/// </summary>
internal static class SeedYear
{
    public static (ContractDefinition Definition, List<ContractFact> Facts) C2(string root, WorkingCalendar calendar)
    {
        var definition = ContractJson.ParseDefinition(File.ReadAllText(Path.Combine(root, "seeds", "c2-chaoyang-his-2026.json"))).Value!;
        var end = new DateTimeOffset(definition.Term.End.ToDateTime(new TimeOnly(23, 0)), TimeSpan.FromHours(8));
        var schedule = ContractEngine.Evaluate(definition, [], end, calendar);
        var facts = new List<ContractFact>();
        var n = 0;
        foreach (var instance in schedule.Obligations.Where(o => o.DueAt is not null && o.Party == ObligationParty.Vendor))
            facts.Add(new ContractFact
            {
                Id = $"met-{++n}", Type = FactTypes.ObligationMet, ObligationId = instance.Id,
                OccurredAt = instance.DueAt!.Value.AddDays(n % 6 == 0 ? 3 : -1),
            });
        for (var week = 0; week < 52; week++)
            facts.Add(new ContractFact { Id = $"inspection-{week}", Type = FactTypes.Milestone, Name = "inspection", OccurredAt = end.AddDays(-7 * week - 30) });
        for (var q = 0; q < 4; q++)
            facts.Add(new ContractFact { Id = $"training-{q}", Type = FactTypes.Milestone, Name = "training", OccurredAt = end.AddDays(-90 * q - 20) });
        var occurrence = definition.Penalties.First(p => p.Trigger == PenaltyTrigger.Occurrence && p.Shape == PenaltyShape.PerOccurrence);
        facts.Add(new ContractFact { Id = "defect-1", Type = FactTypes.Occurrence, ClauseId = occurrence.Id, OccurredAt = end.AddDays(-200) });
        facts.Add(new ContractFact { Id = "outage-1", Type = FactTypes.Outage, OccurredAt = end.AddDays(-100), StartedAt = end.AddDays(-100), EndedAt = end.AddDays(-99), VendorCaused = true });
        return (definition, facts);
    }
}
