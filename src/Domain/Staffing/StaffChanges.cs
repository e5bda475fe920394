using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Domain.Staffing;

/// <summary>Why a vendor may not change an engineer yet.</summary>
public enum ChangeRefusal { None, NoNotice, NoticeTooShort, NoConsent }

/// <summary>
/// A vendor-initiated change of staff (C1 第三条2.2(3), 第四条4: notice one month ahead and the hospital's consent).
/// A change the institution demanded, or a role without such terms, needs neither.
/// </summary>
public static class StaffChanges
{
    /// <summary>Whether replacing <paramref name="engineer"/> in <paramref name="role"/> at <paramref name="changeAt"/> is allowed.</summary>
    public static ChangeRefusal Check(ContractDefinition definition, IEnumerable<ContractFact> facts, string role, string engineer,
        DateTimeOffset changeAt, DeadlineMath math)
    {
        var requirement = definition.Staffing.FirstOrDefault(r => r.Role == role);
        if (requirement is null || (requirement.ChangeNotice is null && !requirement.ChangeNeedsConsent)) return ChangeRefusal.None;
        var known = facts.ToList();
        if (Demanded(definition, known, engineer, changeAt)) return ChangeRefusal.None;
        var notices = known.Where(f => f.Type == FactTypes.StaffChangeNoticed && f.Engineer == engineer && f.Role == role && f.OccurredAt <= changeAt).ToList();
        if (notices.Count == 0) return ChangeRefusal.NoNotice;
        if (requirement.ChangeNotice is { } notice && !notices.Any(n => n.OccurredAt <= math.Before(changeAt, notice).DueAt))
            return ChangeRefusal.NoticeTooShort;
        if (requirement.ChangeNeedsConsent && !known.Any(f => f.Type == FactTypes.StaffChangeApproved && f.Engineer == engineer
                && f.Role == role && f.OccurredAt <= changeAt && f.OccurredAt >= notices[0].OccurredAt))
            return ChangeRefusal.NoConsent;
        return ChangeRefusal.None;
    }

    public static string Explain(ContractDefinition definition, string role, ChangeRefusal refusal)
    {
        var r = definition.Staffing.First(s => s.Role == role);
        var notice = r.ChangeNotice is { } n ? $"{n.N} {n.Unit.ToString().ToLowerInvariant()}" : "no";
        var why = refusal switch
        {
            ChangeRefusal.NoNotice => "no notice of the change was given",
            ChangeRefusal.NoticeTooShort => $"notice was given less than {notice} before the change",
            _ => "the institution has not consented to the change",
        };
        return $"更换驻场人员须提前报备并经甲方同意 ({r.Article}): {why}; the contract requires {notice} notice" +
               (r.ChangeNeedsConsent ? " and the institution's consent." : ".");
    }

    internal static ImmutableArray<StaffChange> Notices(ContractDefinition definition, IReadOnlyList<ContractFact> known, DeadlineMath math) =>
        [.. known.Where(f => f.Type == FactTypes.StaffChangeNoticed).Select(n =>
        {
            var requirement = definition.Staffing.FirstOrDefault(r => r.Role == n.Role);
            var approved = known.FirstOrDefault(f => f.Type == FactTypes.StaffChangeApproved && f.Engineer == n.Engineer && f.Role == n.Role && f.OccurredAt >= n.OccurredAt);
            var earliest = requirement?.ChangeNotice is { } notice ? EarliestAfter(n.OccurredAt, notice, math) : n.OccurredAt;
            return new StaffChange(n.Engineer!, n.Role!, n.OccurredAt, approved?.OccurredAt, earliest);
        })];

    /// <summary>Replacements recorded although the vendor changed staff without the required notice and consent.</summary>
    internal static ImmutableArray<StaffingBreach> Breaches(ContractDefinition definition, StaffRoster roster, DeadlineMath math) =>
        [.. roster.Stints.Where(s => s.Assigned.Replaces is not null)
            .Select(s => (Stint: s, Refusal: Check(definition, roster.Known, s.Role, s.Assigned.Replaces!, s.From, math)))
            .Where(x => x.Refusal != ChangeRefusal.None)
            .Select(x => new StaffingBreach(x.Stint.Assigned.Replaces!, x.Stint.Role, x.Stint.From, Explain(definition, x.Stint.Role, x.Refusal)))];

    private static bool Demanded(ContractDefinition definition, List<ContractFact> known, string engineer, DateTimeOffset changeAt)
    {
        var activities = definition.Staffing.Where(r => r.ReplacementObligation is not null)
            .Select(r => definition.Obligations.First(o => o.Id == r.ReplacementObligation).AfterEach!.Activity)
            .Append(StaffingEvaluator.ReplacementRequested).ToHashSet(StringComparer.Ordinal);
        // Only the institution demands a replacement: a milestone the vendor reported never excuses its own change.
        return known.Any(f => f.Type == FactTypes.Milestone && f.ReportedBy != "vendor" && activities.Contains(f.Name!)
            && f.Engineer == engineer && f.OccurredAt <= changeAt);
    }

    /// <summary>The first day a change noticed at <paramref name="noticedAt"/> may take effect (the notice is then exactly in time).</summary>
    private static DateTimeOffset EarliestAfter(DateTimeOffset noticedAt, Span notice, DeadlineMath math) =>
        Time.Deadlines.StartOfDay(Time.ShanghaiTime.LocalDate(math.After(noticedAt, notice).DueAt));
}
