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
        var notices = known.OfType<StaffChangeNoticed>().Where(f => f.Engineer == engineer && f.Role == role && f.OccurredAt <= changeAt).ToList();
        if (notices.Count == 0) return ChangeRefusal.NoNotice;
        if (requirement.ChangeNotice is { } notice && !notices.Any(n => n.OccurredAt <= math.Before(changeAt, notice).DueAt))
            return ChangeRefusal.NoticeTooShort;
        if (requirement.ChangeNeedsConsent && !known.OfType<StaffChangeApproved>().Any(f => f.Engineer == engineer
                && f.Role == role && f.OccurredAt <= changeAt && f.OccurredAt >= notices[0].OccurredAt))
            return ChangeRefusal.NoConsent;
        return ChangeRefusal.None;
    }

    /// <summary>
    /// The engineer a new assignment takes the place of, which makes it a change of staff: the one it names in
    /// <c>replaces</c>, or else the engineer whose seat the vendor itself emptied (a staff-released the vendor reported)
    /// and nobody has taken since — releasing someone and assigning another to the same role is the same change as
    /// <c>replaces</c>. Null for a first staffing, a team growing, an engineer coming back to their own seat, a seat
    /// the institution emptied, and roles without change terms.
    /// </summary>
    public static string? Succeeds(ContractDefinition definition, IEnumerable<ContractFact> facts, StaffAssigned assignment)
    {
        if (assignment.Replaces is { } named) return named;
        var requirement = definition.Staffing.FirstOrDefault(r => r.Role == assignment.Role);
        if (requirement is null || (requirement.ChangeNotice is null && !requirement.ChangeNeedsConsent)) return null;
        // Seats emptied by the vendor are taken first-in, first-out by later fresh assignments; at one instant the
        // release comes first, so a swap at the same moment is still a change.
        var events = facts.Where(f => f.Id != assignment.Id
                && (f is StaffReleased { ReportedBy: ReportingParty.Vendor } released && released.Role == assignment.Role
                    || f is StaffAssigned { Replaces: null } fresh && fresh.Role == assignment.Role))
            .Append(assignment)
            .OrderBy(f => f.OccurredAt).ThenBy(f => f is StaffReleased ? 0 : 1).ThenBy(f => f.Id, StringComparer.Ordinal);
        var emptied = new Queue<StaffReleased>();
        foreach (var f in events)
        {
            if (f is StaffReleased release) { emptied.Enqueue(release); continue; }
            if (!emptied.TryDequeue(out var seat)) continue;
            if (ReferenceEquals(f, assignment)) return seat.Engineer == assignment.Engineer ? null : seat.Engineer;
        }
        return null;
    }

    public static string Explain(ContractDefinition definition, string role, ChangeRefusal refusal, string? emptiedBy = null) =>
        (emptiedBy is null ? "" : $"填补乙方自行撤出的 {emptiedBy} 的岗位即为更换人员 (filling the seat the vendor emptied by releasing {emptiedBy} is a change of staff). ")
        + Explain(definition, role, refusal);

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
        [.. known.OfType<StaffChangeNoticed>().Select(n =>
        {
            var requirement = definition.Staffing.FirstOrDefault(r => r.Role == n.Role);
            var approved = known.OfType<StaffChangeApproved>().FirstOrDefault(f => f.Engineer == n.Engineer && f.Role == n.Role && f.OccurredAt >= n.OccurredAt);
            var earliest = requirement?.ChangeNotice is { } notice ? EarliestAfter(n.OccurredAt, notice, math) : n.OccurredAt;
            return new StaffChange(n.Engineer, n.Role, n.OccurredAt, approved?.OccurredAt, earliest);
        })];

    /// <summary>Replacements recorded although the vendor changed staff without the required notice and consent.</summary>
    internal static ImmutableArray<StaffingBreach> Breaches(ContractDefinition definition, StaffRoster roster, DeadlineMath math) =>
        [.. roster.Stints.Select(s => (Stint: s, Replaced: Succeeds(definition, roster.Known, s.Assigned)))
            .Where(x => x.Replaced is not null)
            .Select(x => (x.Stint, x.Replaced, Refusal: Check(definition, roster.Known, x.Stint.Role, x.Replaced!, x.Stint.From, math)))
            .Where(x => x.Refusal != ChangeRefusal.None)
            .Select(x => new StaffingBreach(x.Replaced!, x.Stint.Role, x.Stint.From,
                Explain(definition, x.Stint.Role, x.Refusal, x.Stint.Assigned.Replaces is null ? x.Replaced : null)))];

    /// <summary>
    /// The notice obligation of a change of staff (C1: one month ahead): the vendor's first change of a role naming it
    /// is the obligation's event (a derived milestone at the change), and the notice given for the replaced engineer
    /// before the change meets it — late if it came less than the notice period ahead. The clause has one instance, so
    /// later changes show in the staffing view's notices and breaches only. A change the institution demanded is not one.
    /// </summary>
    internal static IEnumerable<ContractFact> NoticeFacts(ContractDefinition definition, StaffRoster roster)
    {
        var changes = roster.Stints
            .Select(s => (Stint: s, Requirement: definition.Staffing.FirstOrDefault(r => r.Role == s.Role)))
            .Where(x => x.Requirement?.ChangeNoticeObligation is not null)
            .Select(x => (x.Stint, x.Requirement, Replaced: Succeeds(definition, roster.Known, x.Stint.Assigned)))
            .Where(x => x.Replaced is not null && !Demanded(definition, roster.Known, x.Replaced, x.Stint.From))
            .GroupBy(x => x.Requirement!.ChangeNoticeObligation!, StringComparer.Ordinal);
        foreach (var group in changes)
        {
            var (stint, _, replaced) = group.MinBy(x => x.Stint.From);
            var obligation = definition.Obligations.First(o => o.Id == group.Key);
            yield return new MilestoneReached { Id = $"{FactIds.Change}{stint.Assigned.Id}", Name = obligation.Due!.From.Event!,
                OccurredAt = stint.From, Role = stint.Role, Engineer = replaced, Reporter = Reporter.Platform };
            var notice = roster.Known.OfType<StaffChangeNoticed>().FirstOrDefault(f => f.Engineer == replaced && f.Role == stint.Role
                && f.OccurredAt <= stint.From);
            if (notice is not null)
                yield return new ObligationMet { Id = $"{FactIds.Met}change:{stint.Assigned.Id}", ObligationId = obligation.Id,
                    OccurredAt = notice.OccurredAt, Reporter = Reporter.Platform };
        }
    }

    private static bool Demanded(ContractDefinition definition, IReadOnlyList<ContractFact> known, string engineer, DateTimeOffset changeAt)
    {
        var activities = definition.Staffing.Where(r => r.ReplacementObligation is not null)
            .Select(r => definition.Obligations.First(o => o.Id == r.ReplacementObligation).AfterEach!.Activity)
            .Append(StaffingEvaluator.ReplacementRequested).ToHashSet(StringComparer.Ordinal);
        // Only the institution demands a replacement: a milestone the vendor reported never excuses its own change.
        return known.OfType<MilestoneReached>().Any(f => f.ReportedBy != ReportingParty.Vendor && activities.Contains(f.Name)
            && f.Engineer == engineer && f.OccurredAt <= changeAt);
    }

    /// <summary>The first day a change noticed at <paramref name="noticedAt"/> may take effect (the notice is then exactly in time).</summary>
    // A notice counted back from the change (提前一个月) never rolls over a holiday (DOMAIN.md §2).
    private static DateTimeOffset EarliestAfter(DateTimeOffset noticedAt, Span notice, DeadlineMath math) =>
        Time.Deadlines.StartOfDay(Time.ShanghaiTime.LocalDate(math.After(noticedAt, notice with { Roll = Calendar.HolidayRoll.None }).DueAt));
}
