using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Tests.Gateway;

/// <summary>
/// Issue 15, item 8: the role × fact-kind matrix, every kind. A = institution admin, S = institution staff, V = vendor;
/// platform admins report no facts. A kind with no letters is recorded through its own endpoint (evaluations).
/// </summary>
public sealed class FactRoleMatrixTests
{
    private static readonly Dictionary<string, string> Roles = new()
    {
        { FactTypes.ObligationMet, "ASV" }, { FactTypes.DeliverableReviewed, "AS" }, { FactTypes.Accepted, "A" },
        { FactTypes.Occurrence, "AS" }, { FactTypes.VacancyOpened, "AS" }, { FactTypes.VacancyFilled, "AS" }, { FactTypes.Outage, "AS" },
        { FactTypes.UsageVerified, "AS" }, { FactTypes.InvoiceReceived, "AS" }, { FactTypes.PaymentMade, "AS" },
        { FactTypes.PaymentReminderSent, "ASV" }, { FactTypes.Milestone, "ASV" }, { FactTypes.ChangeRequested, "AS" },
        { FactTypes.SupplementalAgreement, "A" }, { FactTypes.FundsReceived, "AS" }, { FactTypes.Terminated, "A" },
        { FactTypes.ObligationWaived, "A" }, { FactTypes.IncidentOpened, "AS" }, { FactTypes.IncidentEvent, "ASV" },
        { FactTypes.StaffAssigned, "AV" }, { FactTypes.StaffReleased, "ASV" }, { FactTypes.StaffQualified, "ASV" },
        { FactTypes.OnsiteAttendance, "ASV" }, { FactTypes.StaffChangeNoticed, "V" }, { FactTypes.StaffChangeApproved, "A" },
        { FactTypes.ServiceLevelReported, "AS" }, { FactTypes.EvaluationRecorded, "" }, { FactTypes.RectificationRequested, "AS" },
        { FactTypes.Rectified, "ASV" }, { FactTypes.ForceMajeure, "AS" },
    };

    public static TheoryData<string, string> Expected
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var (kind, roles) in Roles) rows.Add(kind, roles);
            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void EachKind_IsReportedByExactlyTheRolesTheIssueGivesIt(string kind, string roles)
    {
        var allowed = FactPermissions.Matrix[kind];
        Assert.Equal(roles.Contains('A'), allowed.Contains(CallerRoles.InstitutionAdmin));
        Assert.Equal(roles.Contains('S'), allowed.Contains(CallerRoles.InstitutionStaff));
        Assert.Equal(roles.Contains('V'), allowed.Contains(CallerRoles.Vendor));
        Assert.DoesNotContain(CallerRoles.PlatformAdmin, allowed);
    }

    [Fact]
    public void TheMatrix_CoversEveryKindTheApiReads_AndNoOther()
    {
        var kinds = ContractJson.Options.GetTypeInfo(typeof(ContractFact)).PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!).Order();
        Assert.Equal(kinds, FactTypes.All.Order());
        Assert.Equal(kinds, FactPermissions.Matrix.Keys.Order());
        Assert.Equal(kinds, Roles.Keys.Order());
    }

    [Fact]
    public void StaffAcceptingADeliverable_IsRefused_NamingTheRoleAndTheKind()
    {
        var staff = new CurrentCaller(CallerRoles.InstitutionStaff, "121100004006863122", null, "staff@hospital");
        var refusal = FactPermissions.Refusal(staff, new AcceptancePassed { Id = "acc-1", OccurredAt = DateTimeOffset.UnixEpoch });
        Assert.Equal("A institution-staff may not report 'accepted' facts.", refusal);
    }
}
