using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Validation;

namespace VendorGrid.Domain.Staffing;

/// <summary>Checks of the staffing member of a definition and of staffing facts, each error at its JSON path.</summary>
public static class StaffingValidator
{
    public static void CheckRequirement(ContractDefinition d, StaffingRequirement s, string path, Action<bool, string, string> check)
    {
        check(d.Staffing.Count(x => x.Role == s.Role) == 1, $"{path}.role", "must be unique among the staffing roles");
        check(s.OnsiteDaysPerWeek is null or (>= 1 and <= 7), $"{path}.onsiteDaysPerWeek", "must be 1–7");
        for (var i = 0; i < s.Qualified.Length; i++)
            check(s.Qualified[i].Count >= 1, $"{path}.qualified[{i}].count", "must be at least 1");
        check(s.ReplacementObligation is null || d.Obligations.Any(o => o.Id == s.ReplacementObligation && o.Kind == ObligationKind.AfterEach),
            $"{path}.replacementObligation", "must name an after-each obligation of this contract");
        check(s.ReplacementPenalty is null || d.Penalties.Any(p => p.Id == s.ReplacementPenalty && p.Trigger == PenaltyTrigger.Late),
            $"{path}.replacementPenalty", "must name a lateness (trigger late) penalty clause of this contract");
        check(s.ReplacementPenalty is null || s.ReplacementObligation is not null, $"{path}.replacementPenalty", "needs replacementObligation");
        check(s.OnsiteActivity is null || d.Obligations.Any(o => o.Kind == ObligationKind.CountedMinimum && o.Minimum?.Activity == s.OnsiteActivity),
            $"{path}.onsiteActivity", "must be the activity of a counted-minimum obligation of this contract");
        check(s.StartObligation is null || d.Obligations.Any(o => o.Id == s.StartObligation && o.Kind == ObligationKind.OneOff),
            $"{path}.startObligation", "must name a one-off obligation of this contract");
        check(s.ChangeNoticeObligation is null || d.Obligations.Any(o => o.Id == s.ChangeNoticeObligation && o.Kind == ObligationKind.Notice
                && o.Due?.From.Event is not null),
            $"{path}.changeNoticeObligation", "must name a notice obligation of this contract that counts back from an event");
    }

    /// <summary>Field checks of a staffing fact that need no contract: known education, a certificate's dates in order.</summary>
    public static IEnumerable<FieldError> CheckFact(ContractFact fact)
    {
        var (education, years, certificates) = fact switch
        {
            StaffAssigned a => (a.Education, a.Years, a.Certificates),
            StaffQualified q => (q.Education, q.Years, q.Certificates),
            _ => (null, null, null),
        };
        if (education is not null && EducationLevels.Rank(education) == 0)
            yield return new FieldError("education", $"must be one of {string.Join(", ", EducationLevels.Known)}");
        if (years is < 0 or > 70) yield return new FieldError("years", "must be 0–70");
        if (certificates is { } held)
            foreach (var error in CheckCertificates(held, "certificates")) yield return error;
    }

    public static IEnumerable<FieldError> CheckCertificates(IReadOnlyList<HeldCertificate> certificates, string path)
    {
        for (var i = 0; i < certificates.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(certificates[i].Name)) yield return new FieldError($"{path}[{i}].name", "is required");
            if (certificates[i] is { IssuedOn: { } issued, ExpiresOn: { } expires } && expires < issued)
                yield return new FieldError($"{path}[{i}].expiresOn", "must not be before issuedOn");
        }
    }
}
