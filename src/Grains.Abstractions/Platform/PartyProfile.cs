using System.Collections.Immutable;

namespace VendorGrid.Grains;

/// <summary>A person to reach at an onboarded institution or vendor.</summary>
[GenerateSerializer, Alias("vg.PartyContact")]
public sealed record PartyContact
{
    [Id(0)] public string Role { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public string? Phone { get; init; }
    [Id(3)] public string? Email { get; init; }
}

/// <summary>
/// An institution or vendor as a platform admin onboarded it: its id (USCC or slug), name and contacts.
/// Records compare by value except the contacts array, so <see cref="SameAs"/> is the idempotency check.
/// </summary>
[GenerateSerializer, Alias("vg.PartyProfile")]
public sealed record PartyProfile
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string Name { get; init; } = "";
    [Id(2)] public ImmutableArray<PartyContact> Contacts { get; init; } = [];

    public bool SameAs(PartyProfile? other) =>
        other is not null && other.Id == Id && other.Name == Name && other.Contacts.SequenceEqual(Contacts);
}
