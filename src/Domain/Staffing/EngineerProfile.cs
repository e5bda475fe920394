using System.Collections.Immutable;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Staffing;

/// <summary>not-filed | submitted | filed: C2 附件七 — 履历表 reported to the hospital's police office and 保卫处 for filing.</summary>
public enum BackgroundCheck { NotFiled, Submitted, Filed }

/// <summary>
/// An engineer as the vendor keeps them. <see cref="Id"/> is the vendor's own id for the person; the platform keys the
/// engineer by vendor as well, so the same id at another vendor is another person. <see cref="IdNumber"/> and
/// <see cref="Phone"/> are personal: only the employer and platform admins read them.
/// </summary>
public sealed record EngineerProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Education { get; init; }
    public int? Years { get; init; }
    public ImmutableArray<HeldCertificate> Certificates { get; init; } = [];
    public BackgroundCheck BackgroundCheck { get; init; } = BackgroundCheck.NotFiled;
    public string? IdNumber { get; init; }
    public string? Phone { get; init; }

    public Qualification Qualification => new(Education, Years, Certificates);
}

public static partial class EngineerValidator
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex EngineerId();

    public static bool IsEngineerId(string? id) => id is not null && EngineerId().IsMatch(id);

    public static IReadOnlyList<FieldError> Validate(EngineerProfile e)
    {
        var errors = new List<FieldError>();
        if (!IsEngineerId(e.Id)) errors.Add(new("id", "must be 1–64 lower-case letters, digits or hyphens"));
        if (string.IsNullOrWhiteSpace(e.Name) || e.Name.Length > 100) errors.Add(new("name", "is required (at most 100 characters)"));
        if (e.Education is { } education && EducationLevels.Rank(education) == 0)
            errors.Add(new("education", $"must be one of {string.Join(", ", EducationLevels.Known)}"));
        if (e.Years is < 0 or > 70) errors.Add(new("years", "must be 0–70"));
        errors.AddRange(StaffingValidator.CheckCertificates(e.Certificates, "certificates"));
        return errors;
    }
}
