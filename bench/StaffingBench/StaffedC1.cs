using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Staffing;
using VendorGrid.Domain.Time;

/// <summary>
/// C1 staffed with 50 engineers for its whole year: the six roles at or over their minimums, Thursday on-site days for the
/// two on-site roles (every 9th week missed by all of them), a customer-service departure refilled six days later every
/// other month, and ITSS certificates that expire on 09-30 and are renewed a week later.
/// </summary>
internal static class StaffedC1
{
    public static readonly (string Role, int People)[] Roles =
        [("customer-service", 10), ("internet-hospital-ops", 12), ("full-course-ops", 12), ("onsite-promoter", 8), ("pm-team", 5), ("project-lead", 3)];

    public static List<ContractFact> Facts()
    {
        var facts = new List<ContractFact>();
        var start = new DateOnly(2016, 4, 20);
        foreach (var (role, people) in Roles)
            for (var i = 1; i <= people; i++)
            {
                var engineer = $"{role}-{i:00}";
                facts.Add(new ContractFact
                {
                    Id = $"assign-{engineer}", Type = FactTypes.StaffAssigned, OccurredAt = At(start, 9), Engineer = engineer, Role = role,
                    Education = "硕士研究生", Years = 8,
                    Certificates = [new HeldCertificate { Name = "信息系统项目管理师（高级）" }, new HeldCertificate { Name = "ITSS 项目经理", ExpiresOn = new DateOnly(2016, 9, 30) }],
                });
                if (role is "internet-hospital-ops" or "onsite-promoter")
                    for (var week = 0; week < 50; week++)
                        if (week % 9 != 8)
                            facts.Add(new ContractFact { Id = $"onsite-{engineer}-{week}", Type = FactTypes.OnsiteAttendance,
                                OccurredAt = At(start.AddDays(7 * week + 1), 0), Engineer = engineer, OnSite = true });
                if (role == "pm-team")
                    facts.Add(new ContractFact { Id = $"renew-{engineer}", Type = FactTypes.StaffQualified, OccurredAt = At(new DateOnly(2016, 10, 7), 10),
                        Engineer = engineer, Education = "硕士研究生", Years = 8,
                        Certificates = [new HeldCertificate { Name = "信息系统项目管理师（高级）" }, new HeldCertificate { Name = "ITSS 项目经理", ExpiresOn = new DateOnly(2019, 9, 30) }] });
            }
        for (var month = 1; month <= 11; month += 2)
        {
            var left = start.AddMonths(month);
            var leaver = $"customer-service-{month:00}";
            facts.Add(new ContractFact { Id = $"left-{leaver}", Type = FactTypes.StaffReleased, OccurredAt = At(left, 18), Engineer = leaver, Role = "customer-service" });
            facts.Add(new ContractFact { Id = $"assign-refill-{month:00}", Type = FactTypes.StaffAssigned, OccurredAt = At(left.AddDays(6), 9),
                Engineer = $"refill-{month:00}", Role = "customer-service", Education = "本科", Years = 2 });
        }
        return facts;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => ShanghaiTime.ToInstant(day, new TimeOnly(hour, 0));
}
