using VendorGrid.Tests.Domain.Calendar;
using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Engine;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// The five seed contracts in <c>seeds/</c> are data the platform ships with: each must parse and validate,
/// carry the exact header facts of its contract, and cover every clause DOMAIN.md §4 names (as mapped in
/// seeds/README.md).
/// </summary>
public sealed partial class SeedDefinitionsTests
{
    private static readonly string[] AllSeeds =
    [
        "c1-childrens-internet-hospital-2016",
        "c2-chaoyang-his-2026",
        "c3-medical-registration-ops-2024",
        "c4-health-commission-medadmin-ops-2024",
        "c5-booking-platform-2024",
    ];

    public static readonly TheoryData<string> SeedIds = new(AllSeeds);

    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"no folder with seeds/ and VendorGrid.sln above {AppContext.BaseDirectory}");
    }

    private static string SeedPath(string id) => Path.Combine(RepoRoot.Value, "seeds", id + ".json");

    private static ContractDefinition Load(string id)
    {
        var result = ContractJson.ParseDefinition(File.ReadAllText(SeedPath(id)));
        Assert.True(result.IsValid, $"{id}: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Value!;
    }

    [Fact]
    public void The_seed_folder_holds_exactly_the_five_contracts()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot.Value, "seeds"), "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        Assert.Equal(AllSeeds.Order().ToArray(), files);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_parses_with_no_errors_and_its_file_name_is_its_id(string id)
    {
        var result = ContractJson.ParseDefinition(File.ReadAllText(SeedPath(id)));
        Assert.Empty(result.Errors);
        Assert.Equal(id, result.Value!.Id);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_clause_has_an_article_a_summary_and_a_contract_prefixed_id(string id)
    {
        var d = Load(id);
        var prefix = id[..3];
        var clauses = d.Obligations.Cast<IClause>().Concat(d.Penalties).ToList();
        Assert.NotEmpty(clauses);
        Assert.All(clauses, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Article), $"{c.Id} has no article");
            Assert.False(string.IsNullOrWhiteSpace(c.Summary), $"{c.Id} has no summary");
            Assert.StartsWith(prefix, c.Id, StringComparison.Ordinal);
        });
        Assert.All(d.Payments, p => Assert.False(string.IsNullOrWhiteSpace(p.Article), $"{p.Id} has no article"));
    }

    [Theory]
    [InlineData("c1-childrens-internet-hospital-2016", "12110000400686566Y", "首都医科大学附属首都儿童医学中心", "911100006336972074", "首都信息发展股份有限公司",
        "972000", "2016-04-16", "2016-04-16", "2017-04-15")]
    [InlineData("c2-chaoyang-his-2026", "121100004006863122", "首都医科大学附属北京朝阳医院", "91110106MA01A51E7B", "首信医联信息技术有限公司",
        "1475000", "2026-02-05", "2026-02-05", "2027-03-02")]
    [InlineData("c3-medical-registration-ops-2024", "bj-health-data-center", "北京市卫生健康大数据与政策研究中心", "minke-medical", "北京民科医疗科技有限公司",
        "1809000", "2024-05-16", "2024-08-11", "2025-08-10")]
    [InlineData("c4-health-commission-medadmin-ops-2024", "bj-health-data-center", "北京市卫生健康大数据与政策研究中心", "huaan-zhongcheng", "北京华安众成信息技术有限公司",
        "744700", "2024-05-17", "2024-06-06", "2025-06-05")]
    [InlineData("c5-booking-platform-2024", "bj-health-commission", "北京市卫生健康委员会", "911100008016572721", "中国联合网络通信有限公司北京市分公司",
        "19000000", "2024-01-31", "2024-02-01", "2025-01-31")]
    public void Header_facts_are_those_printed_in_the_contract(string id, string institutionId, string institution, string vendorId, string vendor,
        string total, string signedOn, string termStart, string termEnd)
    {
        var d = Load(id);
        Assert.Equal((institutionId, institution), (d.Institution.Id, d.Institution.Name));
        Assert.Equal((vendorId, vendor), (d.Vendor.Id, d.Vendor.Name));
        Assert.Equal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), d.Total);
        Assert.Equal(DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture), d.SignedOn);
        Assert.Equal(DateOnly.Parse(termStart, System.Globalization.CultureInfo.InvariantCulture), d.Term.Start);
        Assert.Equal(DateOnly.Parse(termEnd, System.Globalization.CultureInfo.InvariantCulture), d.Term.End);
    }

    [Fact]
    public void C2_carries_its_number_vat_and_two_equal_installments()
    {
        var d = Load("c2-chaoyang-his-2026");
        Assert.Equal("朝医-2026-AC-信息管理办公室-117-5", d.Number);
        Assert.Equal(83490.57m, d.Vat);
        // 第八条第11款 「经乙方确认后」: the vendor confirms, and its silence confirms nothing.
        Assert.Equal(new ConfirmationRule { By = Side.Vendor }, d.Confirmation);
        Assert.Equal([737500m, 737500m], d.Payments.Select(p => p.Amount!.Value).ToArray());
        Assert.Equal(d.Total, d.Payments.Sum(p => p.Amount));
    }

    [Fact]
    public void C1_has_a_seven_day_claim_window_from_the_notice_and_payments_summing_to_the_total()
    {
        var d = Load("c1-childrens-internet-hospital-2016");
        // 第八条第6款: unanswered 7 days after the claim notice is accepted; 30 days after it the institution deducts.
        Assert.Equal(new ConfirmationRule { By = Side.Vendor, AfterClaimNotice = true, DeemedAfterDays = 7, InstitutionAloneAfterDays = 30 }, d.Confirmation);
        Assert.Equal([291600m, 583200m, 97200m], d.Payments.Select(p => p.Amount!.Value).ToArray());
        Assert.Contains(d.Staffing, s => s.Role == "customer-service" && s.Minimum == 10);
    }

    [Fact]
    public void C3_line_items_are_people_by_months_by_unit_price_and_sum_to_the_total()
    {
        var d = Load("c3-medical-registration-ops-2024");
        Assert.Equal(76, d.LineItems.Length);  // 附件1 prints 76 priced lines
        Assert.All(d.LineItems, l => Assert.Equal(l.Amount, l.People!.Value * l.Months!.Value * l.UnitPrice!.Value));
        Assert.Equal(1_809_000m, d.LineItems.Sum(l => l.Amount));
        Assert.Contains(d.LineItems, l => l.Name == "医师公示系统维护" && l.Amount == 20_000m);
        Assert.Equal(20m, d.ChangeBudget!.FreePersonDays);
    }

    [Fact]
    public void C4_line_items_sum_to_the_total_and_to_each_module()
    {
        var d = Load("c4-health-commission-medadmin-ops-2024");
        Assert.Equal(744_700m, d.LineItems.Sum(l => l.Amount));
        var modules = d.LineItems.GroupBy(l => l.Group).ToDictionary(g => g.Key!, g => g.Sum(l => l.Amount));
        Assert.Equal(363_000m, modules["人力资源管理模块"]);
        Assert.Equal(381_700m, modules["医政信息管理模块"]);
    }

    [Fact]
    public void C5_is_usage_priced_with_the_printed_prices_and_overrun_rule()
    {
        var d = Load("c5-booking-platform-2024");
        var usage = d.Usage!;
        Assert.Equal(19_000_000m, usage.Estimate);
        Assert.Equal(0.46m, usage.Prices.Single(p => p.Channel == "online").UnitPrice);
        Assert.Equal(3.94m, usage.Prices.Single(p => p.Channel == "phone").UnitPrice);
        Assert.Equal(0.01m, usage.VendorBorneOverrunRate);
        Assert.All(d.Payments, p => Assert.Equal(new Span { N = 5, Unit = SpanUnit.WorkingDays }, p.InvoiceLeadTime));
    }

    [Fact]
    public void Every_clause_id_in_the_readme_mapping_exists_in_its_seed()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoRoot.Value, "seeds", "README.md"));
        var seeds = AllSeeds.ToDictionary(id => id[..2].ToUpperInvariant(), Load);
        var checkedIds = 0;
        foreach (var line in readme)
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // | contract | §4 item | clause id(s) | notes |
            if (cells.Length < 5 || !seeds.TryGetValue(cells[1], out var seed)) continue;
            var known = seed.Obligations.Select(o => o.Id).Concat(seed.Penalties.Select(p => p.Id)).Concat(seed.Payments.Select(p => p.Id))
                .Concat(seed.Staffing.Select(s => s.Role)).Concat(seed.LineItems.Select(l => l.Id)).ToHashSet(StringComparer.Ordinal);
            foreach (Match m in BacktickedId().Matches(cells[3]))
            {
                Assert.True(known.Contains(m.Groups[1].Value), $"README maps '{cells[2]}' to {m.Groups[1].Value}, which {seed.Id} does not define");
                checkedIds++;
            }
        }
        Assert.True(checkedIds > 100, $"expected the README table to reference every §4 clause, found only {checkedIds} ids");
    }

    // ---- DOMAIN.md §5 worked examples, computed by the engine from the seed definitions ----

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, Shanghai);


    private static ContractEvaluation Evaluate(string seed, DateTimeOffset asOf, params ContractFact[] facts) =>
        ContractEngine.Evaluate(Load(seed), facts, asOf, CalendarTestData.NationalCalendar);

    private static decimal Posted(ContractEvaluation e, string clause) => e.Ledger.Where(l => l.ClauseId == clause).Sum(l => l.Amount);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_seed_evaluates_across_its_term_with_no_facts(string id)
    {
        var d = Load(id);
        foreach (var day in new[] { d.SignedOn, d.Term.Start, d.Term.Start.AddMonths(4), d.Term.End, d.Term.End.AddMonths(3) })
        {
            var e = ContractEngine.Evaluate(d, [], new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), Shanghai), CalendarTestData.NationalCalendar);
            Assert.NotEmpty(e.Obligations);
            Assert.Equal(d.Payments.Length, e.Payments.Length);
            Assert.All(e.Ledger, l => Assert.True(l.Amount >= 0, $"{l.Id} is negative"));
        }
    }

    [Fact]
    public void Example_1_C2_go_live_due_2026_03_22_five_then_ten_days_late()
    {
        var d = Load("c2-chaoyang-his-2026");
        var e = Evaluate("c2-chaoyang-his-2026", At(2026, 3, 20));
        Assert.Equal(new DateOnly(2026, 3, 22), DateOnly.FromDateTime(e.Obligations.Single(o => o.Id == "c2-go-live").DueAt!.Value.ToOffset(Shanghai).DateTime));

        var five = Evaluate("c2-chaoyang-his-2026", At(2026, 3, 28), new ObligationMet { Id = "live", OccurredAt = At(2026, 3, 27), ObligationId = "c2-go-live" });
        Assert.Equal(22_125.00m, Posted(five, "c2-late-performance"));
        Assert.Empty(five.TerminationRights);

        var ten = Evaluate("c2-chaoyang-his-2026", At(2026, 4, 2), new ObligationMet { Id = "live", OccurredAt = At(2026, 4, 1), ObligationId = "c2-go-live" });
        Assert.Equal(44_250.00m, ten.Ledger.Where(l => l.ClauseId == "c2-late-performance" && l.Kind == LedgerEntryKind.Accrual).Sum(l => l.Amount));
        Assert.Equal(147_500.00m, ten.Ledger.Single(l => l.ClauseId == "c2-late-performance" && l.Kind == LedgerEntryKind.Escalation).Amount);
        Assert.Contains(ten.TerminationRights, r => r.ClauseId == "c2-late-performance" && r.Basis.StartsWith("第八条第4款", StringComparison.Ordinal));
        Assert.Equal(4_425m, d.Total * 0.003m);
    }

    [Fact]
    public void Example_2_C1_service_twelve_days_late_is_capped_at_20_percent_and_raises_the_termination_right()
    {
        // Team due on site by the 7th working day after 2016-04-16: 2016-04-26; 12 days late = met 2016-05-08.
        var e = Evaluate("c1-childrens-internet-hospital-2016", At(2016, 5, 9),
            new ObligationMet { Id = "onsite", OccurredAt = At(2016, 5, 8), ObligationId = "c1-staff-onsite-start" });
        Assert.Equal(194_400.00m, Posted(e, "c1-late-service"));
        var right = Assert.Single(e.TerminationRights, r => r.ClauseId == "c1-late-service");
        Assert.Equal(new DateTimeOffset(2016, 5, 6, 0, 0, 0, Shanghai), right.Since);
        Assert.StartsWith("第八条第13款", right.Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 600.00)]
    [InlineData(13, 1000.00)]
    public void Example_3_C3_delay_of_the_physician_publicity_line(int days, double expected)
    {
        var e = Evaluate("c3-medical-registration-ops-2024", At(2024, 10, 1),
            new BreachOccurred { Id = "delay", OccurredAt = At(2024, 9, 30), ClauseId = "c3-vendor-delay", LineItemId = "doctor-5-3", Days = days });
        Assert.Equal((decimal)expected, Posted(e, "c3-vendor-delay"));
    }

    [Theory]
    [InlineData(7, 22_341.00)]
    [InlineData(12, 37_235.00)]
    public void Example_4_C4_maintenance_delay(int days, double expected)
    {
        var e = Evaluate("c4-health-commission-medadmin-ops-2024", At(2024, 10, 1),
            new BreachOccurred { Id = "delay", OccurredAt = At(2024, 9, 30), ClauseId = "c4-vendor-delay", Days = days });
        Assert.Equal((decimal)expected, Posted(e, "c4-vendor-delay"));
    }

    [Fact]
    public void Example_5_C5_forty_hour_outage()
    {
        var e = Evaluate("c5-booking-platform-2024", At(2024, 6, 10),
            new OutageRecorded { Id = "outage", OccurredAt = At(2024, 6, 1), StartedAt = At(2024, 6, 1), EndedAt = At(2024, 6, 1).AddHours(40), VendorCaused = true });
        Assert.Equal(190_000.00m, Posted(e, "c5-outage"));
    }

    private static ContractFact Usage(string month, long online, long phone) =>
        new UsageVerified { Id = "usage-" + month, OccurredAt = At(2024, 8, 5), Month = month, Online = online, Phone = phone };

    [Fact]
    public void Example_6_C5_first_half_year_and_the_overrun_rule()
    {
        var months = new[] { "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07" };
        var facts = months.Select((m, i) => Usage(m, i == 0 ? 5_000_000 : 1_000_000, i == 0 ? 500_000 : 100_000)).ToArray();
        var e = Evaluate("c5-booking-platform-2024", At(2024, 8, 10), facts);
        Assert.Equal(8_540_000.00m, e.Payments.Single(p => p.Id == "c5-pay-1").Gross);

        // The year's verified charges at ¥19,150,000 (0.79 % over) and ¥19,300,000 (1.58 % over).
        var within = Evaluate("c5-booking-platform-2024", At(2025, 3, 1), Usage("2024-02", 41_630_332, 12));
        Assert.Equal(19_150_000.00m, within.Usage!.Charges);
        Assert.Equal(19_000_000.00m, within.Usage.Payable);
        Assert.Equal(150_000.00m, within.Usage.BorneByVendor);
        Assert.Equal(0m, within.Usage.NeedsSupplementalAgreement);
        var over = Evaluate("c5-booking-platform-2024", At(2025, 3, 1), Usage("2024-02", 41_956_359, 19));
        Assert.Equal(19_300_000.00m, over.Usage!.Charges);
        Assert.Equal(19_000_000.00m, over.Usage.Payable);
        Assert.Equal(190_000.00m, over.Usage.BorneByVendor);
        Assert.Equal(110_000.00m, over.Usage.NeedsSupplementalAgreement);
    }

    [Fact]
    public void Example_7_C3_quarterly_report_is_deemed_approved_after_14_days()
    {
        var submitted = new ObligationMet { Id = "q1", OccurredAt = At(2024, 11, 11), ObligationId = "c3-quarterly-report@2024-08-11" };
        var before = Evaluate("c3-medical-registration-ops-2024", At(2024, 11, 25, 23), submitted);
        var review = before.Obligations.Single(o => o.ClauseId == "c3-quarterly-review");
        Assert.Equal(ObligationStatus.Open, review.Status);
        Assert.Equal(new DateOnly(2024, 11, 25), DateOnly.FromDateTime(review.DueAt!.Value.ToOffset(Shanghai).DateTime));
        var after = Evaluate("c3-medical-registration-ops-2024", At(2024, 11, 26, 0), submitted);
        Assert.Equal(ObligationStatus.DeemedApproved, after.Obligations.Single(o => o.ClauseId == "c3-quarterly-review").Status);
    }

    [Fact]
    public void Example_8_C1_two_customer_service_seats_vacant_over_mid_autumn()
    {
        var e = Evaluate("c1-childrens-internet-hospital-2016", At(2016, 9, 23),
            new VacancyOpened { Id = "open", OccurredAt = At(2016, 9, 14), Role = "customer-service", People = 2 },
            new VacancyFilled { Id = "fill", OccurredAt = At(2016, 9, 22), Role = "customer-service", People = 2 });
        Assert.Equal(12_000.00m, Posted(e, "c1-vacancy-refill"));
    }

    [Fact]
    public void Example_9_C2_final_payment_net_of_a_confirmed_penalty()
    {
        // The vendor confirmed the ¥22,125 (第八条第11款): the ledger holds it confirmed, the engine nets it.
        ContractFact[] facts =
        [
            new ObligationMet { Id = "live", OccurredAt = At(2026, 3, 27), ObligationId = "c2-go-live" },
            new PaymentMade { Id = "pay1", OccurredAt = At(2026, 3, 1), PaymentId = "c2-pay-advance", Amount = 737_500m },
            new AcceptancePassed { Id = "acc", OccurredAt = At(2027, 3, 10) },
        ];
        var e = ContractEngine.Evaluate(Load("c2-chaoyang-his-2026"), facts, At(2027, 3, 20), CalendarTestData.NationalCalendar, null, confirmedPenalties: 22_125m);
        var final = e.Payments.Single(p => p.Id == "c2-pay-final");
        Assert.Equal(737_500.00m, final.Gross);
        Assert.Equal(22_125.00m, final.Deductions);
        Assert.Equal(715_375.00m, final.Net);
    }


    // ---- schema/contract.schema.json must describe exactly the C# model ----

    public static readonly TheoryData<string, Type> SchemaObjects = new()
    {
        { "", typeof(ContractDefinition) }, { "party", typeof(Party) }, { "contact", typeof(Contact) }, { "term", typeof(Term) },
        { "lineItem", typeof(LineItem) }, { "span", typeof(Span) }, { "anchor", typeof(Anchor) }, { "dueRule", typeof(DueRule) },
        { "recurrence", typeof(Recurrence) }, { "payment", typeof(PaymentDefinition) }, { "usagePrice", typeof(UsagePrice) },
        { "usage", typeof(UsageTerms) }, { "changeBudget", typeof(ChangeBudget) }, { "qualification", typeof(QualificationRule) },
        { "staffing", typeof(StaffingRequirement) }, { "afterEach", typeof(AfterEachRule) }, { "minimum", typeof(MinimumRule) },
        { "review", typeof(ReviewRule) }, { "clock", typeof(ResponseClockRule) }, { "serviceLevel", typeof(ServiceLevelRule) },
        { "obligation", typeof(ObligationDefinition) }, { "scorecard", typeof(Scorecard) }, { "scorecardSection", typeof(ScorecardSection) }, { "amountRule", typeof(AmountRule) }, { "cap", typeof(CapRule) },
        { "escalation", typeof(EscalationRule) }, { "preconditions", typeof(InterestPreconditions) }, { "penalty", typeof(PenaltyDefinition) },
        { "confirmation", typeof(ConfirmationRule) }, { "reporting", typeof(ReportingRule) },
        { "sourceSpan", typeof(SourceSpan) }, { "draftConfidence", typeof(DraftConfidence) },
    };

    public static readonly TheoryData<string, Type> SchemaEnums = new()
    {
        { "$defs.spanUnit", typeof(SpanUnit) }, { "$defs.frequency", typeof(Frequency) }, { "$defs.periodAlignment", typeof(PeriodAlignment) },
        { "$defs.paymentCondition", typeof(PaymentCondition) }, { "$defs.obligationParty", typeof(ObligationParty) },
        { "$defs.obligationKind", typeof(ObligationKind) }, { "$defs.amountBase", typeof(AmountBase) }, { "$defs.penaltyShape", typeof(PenaltyShape) },
        { "$defs.penaltyTrigger", typeof(PenaltyTrigger) }, { "$defs.recurrence.properties.relativeTo", typeof(PeriodReference) },
        { "$defs.clock.properties.when", typeof(ClockHours) }, { "$defs.serviceLevel.properties.metric", typeof(ServiceMetric) },
        { "$defs.cap.properties.scope", typeof(CapScope) }, { "$defs.escalation.properties.mode", typeof(EscalationMode) },
        { "$defs.side", typeof(Side) },
        { "$defs.penalty.properties.partial", typeof(PartialPeriod) }, { "$defs.penalty.properties.dayBasis", typeof(DayBasis) },
        { "$defs.draftConfidence.properties.level", typeof(ConfidenceLevel) },
        { "$defs.holidayRoll", typeof(VendorGrid.Domain.Calendar.HolidayRoll) },
    };

    private static readonly Lazy<System.Text.Json.JsonElement> Schema = new(() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Value, "schema", "contract.schema.json"))).RootElement);

    private static System.Text.Json.JsonElement SchemaAt(string dottedPath)
    {
        var node = Schema.Value;
        foreach (var part in dottedPath.Split('.', StringSplitOptions.RemoveEmptyEntries)) node = node.GetProperty(part);
        return node;
    }

    [Theory]
    [MemberData(nameof(SchemaObjects))]
    public void Schema_objects_list_exactly_the_members_of_the_model(string def, Type type)
    {
        var node = def.Length == 0 ? Schema.Value : SchemaAt("$defs." + def);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        var inSchema = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "$schema").Order(StringComparer.Ordinal).ToArray();
        // Members that bind from JSON: a computed [JsonIgnore] property such as EffectiveDate is not part of the format.
        var inModel = type.GetProperties().Where(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false).Length == 0)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(inModel, inSchema);
        var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal).ToArray() : [];
        var requiredInModel = type.GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), false).Length > 0)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(requiredInModel, required);
    }

    [Theory]
    [MemberData(nameof(SchemaEnums))]
    public void Schema_enums_are_the_kebab_case_names_of_the_model_enums(string path, Type type)
    {
        var inSchema = SchemaAt(path).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var inModel = Enum.GetNames(type).Select(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName).ToArray();
        Assert.Equal(inModel, inSchema);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void A_seed_survives_a_serialize_and_parse_round_trip(string id)
    {
        var d = Load(id);
        var again = ContractJson.ParseDefinition(ContractJson.Serialize(d));
        Assert.Empty(again.Errors);
        Assert.Equal(ContractJson.Serialize(d), ContractJson.Serialize(again.Value!));
    }

    [GeneratedRegex("`([a-z0-9][a-z0-9-]*)`")]
    private static partial Regex BacktickedId();
}
