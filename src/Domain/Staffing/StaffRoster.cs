using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Staffing;

/// <summary>One engineer in one role between two instants, built from staff-assigned and the facts that end it.</summary>
internal sealed class Stint(StaffAssigned assigned)
{
    public StaffAssigned Assigned { get; } = assigned;
    public string Engineer => Assigned.Engineer;
    public string Role => Assigned.Role;
    public DateTimeOffset From => Assigned.OccurredAt;
    public DateTimeOffset? To { get; set; } = assigned.EndedAt;
    /// <summary>Intervals in which the engineer counts as absent: after a week without the required on-site day.</summary>
    public List<(DateTimeOffset From, DateTimeOffset? Until)> Absences { get; } = [];

    public bool Covers(DateTimeOffset t) => From <= t && (To is null || t < To);
    public bool AbsentAt(DateTimeOffset t) => Absences.Any(a => a.From <= t && (a.Until is null || t < a.Until));
}

/// <summary>
/// The staffing facts known at an instant, read once: assignments with their ends, each engineer's qualification
/// over time, and on-site days. Facts count when they happened, and an id recorded twice counts once.
/// </summary>
internal sealed class StaffRoster
{
    public List<Stint> Stints { get; } = [];
    public List<ContractFact> Known { get; }
    private readonly Dictionary<string, List<(DateTimeOffset At, Qualification Q)>> qualifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<DateOnly>> onsiteDays = new(StringComparer.Ordinal);

    public StaffRoster(IEnumerable<ContractFact> facts, DateTimeOffset asOf)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Known = facts.Where(f => f.OccurredAt <= asOf && seen.Add(f.Id))
            .Order(FactIndex.EngineOrder).ToList();
        foreach (var fact in Known)
        {
            switch (fact)
            {
                case StaffAssigned assigned:
                    if (assigned.Replaces is { } replaced) End(replaced, assigned.Role, assigned.OccurredAt);
                    Stints.Add(new Stint(assigned));
                    if (assigned.Education is not null || assigned.Years is not null || assigned.Certificates is not null)
                        Qualify(assigned.Engineer, assigned.OccurredAt, new Qualification(assigned.Education, assigned.Years, assigned.Certificates ?? []));
                    break;
                case StaffReleased released: End(released.Engineer, released.Role, released.OccurredAt); break;
                case StaffQualified qualified:
                    Qualify(qualified.Engineer, qualified.OccurredAt, new Qualification(qualified.Education, qualified.Years, qualified.Certificates ?? []));
                    break;
                case AttendanceRecorded { OnSite: true } attendance:
                    if (!onsiteDays.TryGetValue(attendance.Engineer, out var days)) onsiteDays[attendance.Engineer] = days = [];
                    days.Add(ShanghaiTime.LocalDate(attendance.OccurredAt));
                    break;
            }
        }
    }

    private void End(string engineer, string role, DateTimeOffset at)
    {
        foreach (var stint in Stints.Where(s => s.Engineer == engineer && s.Role == role && s.Covers(at)))
            stint.To = at;
    }

    private void Qualify(string engineer, DateTimeOffset at, Qualification qualification)
    {
        if (!qualifications.TryGetValue(engineer, out var list)) qualifications[engineer] = list = [];
        list.Add((at, qualification));
    }

    /// <summary>The latest snapshot at <paramref name="t"/>; before the first one, the first (recorded with the assignment).</summary>
    public Qualification QualificationAt(string engineer, DateTimeOffset t)
    {
        if (!qualifications.TryGetValue(engineer, out var list) || list.Count == 0) return Qualification.None;
        var current = list[0].Q;
        foreach (var (at, q) in list) if (at <= t) current = q;
        return current;
    }

    /// <summary>Every instant at which an engineer's qualification can change: new snapshots and the day after each expiry.</summary>
    public IEnumerable<DateTimeOffset> QualificationChanges(string engineer) =>
        qualifications.TryGetValue(engineer, out var list)
            ? list.Select(x => x.At).Concat(list.SelectMany(x => x.Q.Certificates)
                .Where(c => c.ExpiresOn is not null).Select(c => Deadlines.StartOfDay(c.ExpiresOn!.Value.AddDays(1))))
            : [];

    public IReadOnlySet<DateOnly> OnsiteDays(string engineer) =>
        onsiteDays.TryGetValue(engineer, out var days) ? days : new SortedSet<DateOnly>();
}
