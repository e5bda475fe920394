using System.Collections.Immutable;
using VendorGrid.Domain.Staffing;

namespace VendorGrid.Grains;

/// <summary>One of an engineer's assignments, as the engineer's own index keeps it (the contract holds the fact).</summary>
[GenerateSerializer, Alias("vg.EngineerAssignment")]
public sealed record EngineerAssignment
{
    /// <summary>The staff-assigned fact's id: repeats of one assignment are one entry.</summary>
    [Id(0)] public string FactId { get; init; } = "";
    [Id(1)] public string InstitutionId { get; init; } = "";
    [Id(2)] public string ContractId { get; init; } = "";
    [Id(3)] public string Role { get; init; } = "";
    [Id(4)] public string? Campus { get; init; }
    [Id(5)] public DateTimeOffset From { get; init; }
    [Id(6)] public DateTimeOffset? To { get; init; }
}

/// <summary>What saving a profile did.</summary>
public enum EngineerSaveOutcome
{
    Updated = 0,
    Created = 1,
    /// <summary>Another vendor holds the engineer id (ids are unique across the platform); nothing was stored.</summary>
    IdTaken = 2,
}

/// <summary>An engineer's profile and the index of their assignments across the vendor's contracts.</summary>
[GenerateSerializer, Alias("vg.EngineerRecord")]
public sealed record EngineerRecord
{
    [Id(0)] public string VendorId { get; init; } = "";
    [Id(1)] public EngineerProfile Profile { get; init; } = null!;
    [Id(2)] public ImmutableArray<EngineerAssignment> Assignments { get; init; } = [];
}

/// <summary>
/// An engineer (工程师) of one vendor, keyed <c>{vendorId}/{engineerId}</c> (<see cref="GrainKeys.Engineer"/>): the key embeds
/// the employer, so an id guessed from another vendor's staff addresses a grain that holds nobody. It keeps the profile
/// (qualifications, certificates, background-check filing) and the index of assignments; the assignments themselves are
/// contract facts, so staffing is evaluated by the contract as of any instant.
/// </summary>
[Alias("vg.IEngineerGrain")]
public interface IEngineerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates or replaces the profile, keeping the assignment index. Creating one first claims the engineer id for the
    /// vendor platform-wide (<see cref="IPlatformIdGrain"/>): an id another vendor holds is <see cref="EngineerSaveOutcome.IdTaken"/>.
    /// </summary>
    [Alias("save")]
    Task<EngineerSaveOutcome> SaveProfileAsync(EngineerProfile profile);

    /// <summary>The engineer, or null when the vendor has no engineer with this id.</summary>
    [Alias("get")]
    Task<EngineerRecord?> GetAsync();

    /// <summary>Adds an assignment to the index, or updates its end. Idempotent by the fact id.</summary>
    [Alias("index-assignment")]
    Task IndexAssignmentAsync(EngineerAssignment assignment);
}
