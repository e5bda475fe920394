using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VendorGrid.Tests.Gateway;

/// <summary>A new year's holidays are data posted by a platform admin; closures and hours are the institution's.</summary>
[Collection(GatewayCollection.Name)]
public sealed class CalendarApiTests(GatewayFixture fixture)
{
    private const string Year2027 = """
        { "year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知",
          "off": [ { "date": "2027-01-01", "name": "元旦" }, { "date": "2027-02-08", "name": "春节" }, { "date": "2027-02-09", "name": "春节" } ],
          "work": [ { "date": "2027-02-06", "name": "春节" } ] }
        """;

    private HttpClient Platform => fixture.Client(Tokens.For(fixture, "platform-admin"));

    private static async Task<bool> ProvisionalAsync(ContractApiClient c2, string instance) =>
        (await c2.GetAsync("obligations", "2026-06-01")).EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == instance).GetProperty("provisional").GetBoolean();

    [Fact]
    public async Task AddingNextYearsNotice_TurnsProvisionalDeadlinesFinal_WithoutACodeChange()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var january = (await c2.GetAsync("obligations", "2026-06-01")).EnumerateArray()
            .First(o => o.GetProperty("dueAt").ValueKind == JsonValueKind.String && o.GetProperty("dueAt").GetString()!.StartsWith("2027-01"))
            .GetProperty("id").GetString()!;
        var before = await ProvisionalAsync(c2, january);

        var added = await Platform.PostAsync("/api/calendar/years", ContractApiClient.Json(Year2027));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("2027-12-31", (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastAnnouncedDate").GetString());
        Assert.True(before);  // only this test adds 2027 to the gateway collection's database
        Assert.False(await ProvisionalAsync(c2, january));
    }

    [Fact]
    public async Task Today_IsTheSilosClockInShanghai_ForEveryRole()
    {
        var now = fixture.Clock.GetUtcNow();  // the collection's clock moves only forward and not during this test
        var expected = now.ToOffset(TimeSpan.FromHours(8));
        expected = expected.AddTicks(-(expected.Ticks % TimeSpan.TicksPerSecond));

        foreach (var token in new[] { Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B"), Tokens.For(fixture, "platform-admin") })
        {
            var today = await fixture.Client(token).GetFromJsonAsync<JsonElement>("/api/calendar/today");
            Assert.Equal(expected.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), today.GetProperty("now").GetString());
            Assert.Equal(expected.ToString("yyyy-MM-dd"), today.GetProperty("date").GetString());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync("/api/calendar/today")).StatusCode);
    }

    [Fact]
    public async Task AnInvalidNotice_Is422NamingTheField_AndOnlyPlatformAdminsMayPost()
    {
        var monday = Year2027.Replace("\"2027-02-06\", \"name\": \"春节\" } ]", "\"2027-02-08\", \"name\": \"春节\" } ]");
        var problem = await Platform.PostAsync("/api/calendar/years", ContractApiClient.Json(monday));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, problem.StatusCode);
        Assert.Contains("work[0].date", await problem.Content.ReadAsStringAsync());

        var admin = fixture.Client(Tokens.For(fixture, "institution-admin", institution: "121100004006863122"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync("/api/calendar/years", ContractApiClient.Json(Year2027))).StatusCode);
    }

    [Fact]
    public async Task AnInstitutionsClosure_MovesItsWorkingDayDeadlines()
    {
        var c2 = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        async Task<string> AdvanceDue() => (await c2.GetAsync("payments", "2026-03-01")).EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == "c2-pay-advance").GetProperty("dueAt").GetString()!;
        Assert.Equal("2026-03-11T23:59:59+08:00", await AdvanceDue());  // 20 working days after 2026-02-05

        var closed = await c2.Admin.PutAsJsonAsync("/api/calendar/institution", new { closures = new[] { "2026-03-02" } });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("2026-03-12T23:59:59+08:00", await AdvanceDue());
        var staff = c2.As("institution-staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync("/api/calendar/institution", new { closures = Array.Empty<string>() })).StatusCode);
    }

    /// <summary>The portal marks its calendar from here: named days off and make-up working days of every announced year.</summary>
    [Fact]
    public async Task TheCalendar_NamesHolidaysAndMakeUpDays()
    {
        var anyone = fixture.Client(Tokens.For(fixture, "vendor", vendor: "91110106MA01A51E7B"));
        var calendar = await anyone.GetFromJsonAsync<JsonElement>("/api/calendar");

        var holidays = calendar.GetProperty("holidays").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("name").GetString());
        var makeUp = calendar.GetProperty("makeUpDays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Equal("国庆节", holidays["2026-10-01"]);
        Assert.Contains("2026-02-14", makeUp);  // the Saturday worked for 春节 2026
        Assert.DoesNotContain("2026-02-14", holidays.Keys);
    }
}
