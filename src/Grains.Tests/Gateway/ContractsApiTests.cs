using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class ContractsApiTests(GatewayFixture fixture)
{
    private const string Chaoyang = "121100004006863122", DataCenter = "bj-health-data-center";
    private const string ShouxinYilian = "91110106MA01A51E7B";

    private async Task<string[]> ListIdsAsync(string token)
    {
        var items = await fixture.Client(token).GetFromJsonAsync<JsonElement[]>("/api/contracts");
        return items!.Select(item => item.GetProperty("id").GetString()!).ToArray();
    }

    [Fact]
    public async Task PlatformAdmin_SeesEveryContract()
    {
        var ids = await ListIdsAsync(Tokens.For(fixture, "platform-admin"));

        // Other tests in the collection add copies of the seeds under fresh institutions, and the access matrix contracts
        // of its own (mx-…), depending on which ran first; the admin sees those too.
        Assert.Equal(["c2-chaoyang-his-2026", "c1-childrens-internet-hospital-2016", "c5-booking-platform-2024",
            "c3-medical-registration-ops-2024", "c4-health-commission-medadmin-ops-2024"],
            ids.Where(id => !id.Contains("-copy-") && !id.StartsWith("mx-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InstitutionStaff_SeesOnlyItsInstitutionsContracts()
    {
        var ids = await ListIdsAsync(Tokens.For(fixture, "institution-staff", institution: DataCenter));

        Assert.Equal(["c3-medical-registration-ops-2024", "c4-health-commission-medadmin-ops-2024"], ids);
    }

    [Fact]
    public async Task Vendor_SeesOnlyItsOwnContracts()
    {
        var ids = await ListIdsAsync(Tokens.For(fixture, "vendor", vendor: ShouxinYilian));

        Assert.Equal(["c2-chaoyang-his-2026"], ids);
    }

    [Fact]
    public async Task ListItems_HaveTheDocumentedShape_WithTotalsToTheFen()
    {
        var json = await fixture.Client(Tokens.For(fixture, "institution-admin", institution: Chaoyang))
            .GetStringAsync("/api/contracts");

        // Chinese as UTF-8 text; "+" is one of the HTML-sensitive characters ApiJson's encoder escapes.
        Assert.Equal("""[{"id":"c2-chaoyang-his-2026","number":"朝医-2026-AC-信息管理办公室-117-5","title":"北京朝阳医院HIS改造及运维服务（本部\u002B常营）项目运维合同书","institution":{"id":"121100004006863122","name":"首都医科大学附属北京朝阳医院"},"vendor":{"id":"91110106MA01A51E7B","name":"首信医联信息技术有限公司"},"start":"2026-02-05","end":"2027-03-02","total":1475000.00,"version":1,"effectiveFrom":"2026-02-05"}]""",
            json);
    }

    [Fact]
    public async Task InstitutionReadsItsOwnContractById()
    {
        var item = await fixture.Client(Tokens.For(fixture, "institution-staff", institution: DataCenter))
            .GetFromJsonAsync<JsonElement>("/api/contracts/c4-health-commission-medadmin-ops-2024");

        Assert.Equal("", item.GetProperty("number").GetString());  // C4 prints no contract number
        Assert.Equal(744_700.00m, item.GetProperty("total").GetDecimal());
        Assert.Equal("2025-06-05", item.GetProperty("end").GetString());
    }

    [Theory]
    [InlineData("institution-admin", DataCenter, null, "c2-chaoyang-his-2026")]
    [InlineData("vendor", null, ShouxinYilian, "c1-childrens-internet-hospital-2016")]
    [InlineData("institution-staff", Chaoyang, null, "no-such-contract")]
    public async Task AnotherTenantsContract_IsNotFound(string role, string? institution, string? vendor, string id)
    {
        var response = await fixture.Client(Tokens.For(fixture, role, institution, vendor)).GetAsync($"/api/contracts/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:vendorgrid:problem:contract-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task VendorCannotReadAnotherVendorsContract_EvenThroughTheList()
    {
        var ids = await ListIdsAsync(Tokens.For(fixture, "vendor", vendor: "911100006336972074"));

        Assert.Equal(["c1-childrens-internet-hospital-2016"], ids);
    }
}
