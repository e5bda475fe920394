using Microsoft.Extensions.Configuration;
using VendorGrid.Gateway.Hosting;

namespace VendorGrid.Tests.Gateway;

/// <summary>The gateway's failover knobs (issue 8): read from VG_* keys, and refused at start-up when they cannot work together.</summary>
public sealed class FailoverSettingsTests
{
    private static GatewaySettings Read(params (string Key, string Value)[] values)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)).Append(KeyValuePair.Create("VG_DB", (string?)"Host=x"))
                .Append(KeyValuePair.Create("VG_OIDC_AUTHORITY", (string?)"https://idp.example"))).Build();
        var settings = new GatewaySettings();
        settings.Read(config);
        return settings;
    }

    [Fact]
    public void Unset_LeavesOrleansDefaults_AndTheTwentySecondBudget()
    {
        var settings = Read();
        Assert.Null(settings.ResponseTimeout);
        Assert.Null(settings.GatewayListRefresh);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.FailoverBudget);
        Assert.Null(settings.Problem());
    }

    [Fact]
    public void TheTunedSet_IsRead()
    {
        var settings = Read(("VG_RESPONSE_TIMEOUT_SECONDS", "10"), ("VG_FAILOVER_BUDGET_SECONDS", "25"), ("VG_GATEWAY_LIST_REFRESH_SECONDS", "5"));
        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(5)),
            (settings.ResponseTimeout, settings.FailoverBudget, settings.GatewayListRefresh));
        Assert.Null(settings.Problem());
    }

    [Theory]
    [InlineData("VG_RESPONSE_TIMEOUT_SECONDS", "0", "VG_RESPONSE_TIMEOUT_SECONDS must be a whole number")]
    [InlineData("VG_RESPONSE_TIMEOUT_SECONDS", "ten", "VG_RESPONSE_TIMEOUT_SECONDS must be a whole number")]
    [InlineData("VG_FAILOVER_BUDGET_SECONDS", "-1", "VG_FAILOVER_BUDGET_SECONDS must be a whole number")]
    [InlineData("VG_GATEWAY_LIST_REFRESH_SECONDS", "0", "VG_GATEWAY_LIST_REFRESH_SECONDS must be a whole number")]
    // A call that times out after the budget is spent would never be repeated.
    [InlineData("VG_RESPONSE_TIMEOUT_SECONDS", "20", "must be shorter than VG_FAILOVER_BUDGET_SECONDS")]
    public void ValuesThatCannotWork_StopTheStart(string key, string value, string problem) =>
        Assert.Contains(problem, Read((key, value)).Problem());
}
