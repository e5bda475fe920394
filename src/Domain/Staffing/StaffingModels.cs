using System.Collections.Immutable;

namespace VendorGrid.Domain.Staffing;

/// <summary>
/// A contract's staffing as of one instant, derived from its staffing facts only: who holds which role, whether
/// each role meets its minimum and qualification rules, the vacancies found, and changes made without consent.
/// </summary>
public sealed record StaffingEvaluation(
    DateTimeOffset AsOf,
    ImmutableArray<RoleStaffing> Roles,
    ImmutableArray<StaffAssignment> Assignments,
    ImmutableArray<VacancyStretch> Vacancies,
    ImmutableArray<ReplacementDemand> Replacements,
    ImmutableArray<StaffChange> ChangeNotices,
    ImmutableArray<StaffingBreach> Breaches);

/// <summary>
/// One role: <see cref="Assigned"/> people hold it, <see cref="Present"/> of them are not absent (a missed weekly on-site
/// day), <see cref="Qualified"/> meet at least one of its qualification rules, and <see cref="Vacant"/> seats are missing.
/// </summary>
public sealed record RoleStaffing(
    string Role, string Title, string? Article, int Required, int Assigned, int Present, int Qualified, int Vacant,
    DateTimeOffset? VacantSince, ImmutableArray<RuleStatus> Rules, int? OnsiteDaysPerWeek, DateTimeOffset? StaffedSince);

public sealed record RuleStatus(string Rule, int Required, int Held);

/// <summary>An engineer in a role from one instant to another (null: still assigned).</summary>
public sealed record StaffAssignment(
    string Id, string Engineer, string Role, string? Campus, DateTimeOffset From, DateTimeOffset? To, string? Replaces,
    bool Present, bool Qualified, int OnsiteDays);

/// <summary>People missing from a role from one instant until another (null: still vacant).</summary>
public sealed record VacancyStretch(string Role, int People, DateTimeOffset From, DateTimeOffset? Until);

/// <summary>The institution demanded a replacement (C2: a qualified engineer within 2 days).</summary>
public sealed record ReplacementDemand(string Id, string Role, string? Engineer, DateTimeOffset RequestedAt, string? ObligationId,
    DateTimeOffset? DueAt, DateTimeOffset? MetAt, string? MetBy);

/// <summary>A vendor's notice that it wants to change an engineer, and the institution's consent if given.</summary>
public sealed record StaffChange(string Engineer, string Role, DateTimeOffset NoticedAt, DateTimeOffset? ApprovedAt, DateTimeOffset? EarliestChangeAt);

/// <summary>A change of on-site staff made without the notice and consent the contract requires.</summary>
public sealed record StaffingBreach(string Engineer, string Role, DateTimeOffset At, string Basis);
