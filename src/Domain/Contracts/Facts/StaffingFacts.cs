using System.Collections.Immutable;
using VendorGrid.Domain.Staffing;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>A staffing fact names an engineer: the vendor's own id for the person.</summary>
public interface IStaffingFact
{
    string Engineer { get; }
}

/// <summary>An engineer starts in a role (occurredAt = from; <see cref="EndedAt"/> = a planned end), with a qualification snapshot.</summary>
public sealed record StaffAssigned : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public required string Role { get; init; }
    /// <summary>The engineer this assignment replaces, ending that engineer's assignment in the role.</summary>
    public string? Replaces { get; init; }
    public string? Campus { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? Education { get; init; }
    public int? Years { get; init; }
    public ImmutableArray<HeldCertificate>? Certificates { get; init; }
    protected override string Discriminator => FactTypes.StaffAssigned;
}

/// <summary>An engineer leaves a role (resigned, moved, removed); vacancies are derived from it.</summary>
public sealed record StaffReleased : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public required string Role { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.StaffReleased;
}

/// <summary>An engineer's qualifications as of occurredAt (a renewed certificate, a new degree).</summary>
public sealed record StaffQualified : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public string? Education { get; init; }
    public int? Years { get; init; }
    public ImmutableArray<HeldCertificate>? Certificates { get; init; }
    protected override string Discriminator => FactTypes.StaffQualified;
}

/// <summary>One day of an engineer's attendance (occurredAt is the day): on site or not.</summary>
public sealed record AttendanceRecorded : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public required bool OnSite { get; init; }
    protected override string Discriminator => FactTypes.OnsiteAttendance;
}

/// <summary>The vendor gives notice that it wants to change an on-site engineer (C1: one month ahead).</summary>
public sealed record StaffChangeNoticed : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public required string Role { get; init; }
    public string? Reason { get; init; }
    protected override string Discriminator => FactTypes.StaffChangeNoticed;
}

/// <summary>The institution consents to a noticed change.</summary>
public sealed record StaffChangeApproved : ContractFact, IStaffingFact
{
    public required string Engineer { get; init; }
    public required string Role { get; init; }
    protected override string Discriminator => FactTypes.StaffChangeApproved;
}
