using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using VendorGrid.Tests.Gateway;

namespace VendorGrid.Tests.Operations;

/// <summary>Issue 19 (1): one trace runs from the HTTP request through the grain call to the SQL that stores the fact.</summary>
[Collection(GatewayCollection.Name)]
public sealed class TracingTests(GatewayFixture fixture)
{
    [Fact]
    public async Task RecordingAFact_IsOneTrace_FromTheHttpRequest_ThroughTheContractGrain_ToTheInsert()
    {
        var spans = new List<Activity>();
        await using var app = fixture.Factory.WithWebHostBuilder(web => web
            .ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?> { ["VG_TRACING"] = "true" }))
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var contract = await ContractApiClient.CopyOfSeedAsync(fixture, "c2-chaoyang-his-2026");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = contract.Admin.DefaultRequestHeaders.Authorization;
        var factId = $"traced-{Guid.NewGuid():N}";

        var response = await client.PostAsync($"/api/contracts/{contract.Id}/events", ContractApiClient.Json(
            $$"""{ "id": "{{factId}}", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }"""));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        // The server span is exported when it ends, which on a loaded machine can come a moment after the client has the
        // answer: wait for it rather than read the list too early.
        bool IsTheRequest(Activity s) => s.Kind == ActivityKind.Server && s.DisplayName == "POST /api/contracts/{id}/events"
            && s.GetTagItem("url.path") as string == $"/api/contracts/{contract.Id}/events";
        await VendorGrid.Tests.Faults.Eventually.Async(() => { lock (spans) return Task.FromResult(spans.Any(IsTheRequest)); },
            TimeSpan.FromSeconds(10), "the request's server span was never exported");
        Activity[] seen;
        lock (spans) seen = [.. spans];
        var request = Assert.Single(seen, IsTheRequest);
        var trace = seen.Where(s => s.TraceId == request.TraceId).ToArray();
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
            && s.Kind == ActivityKind.Client && s.DisplayName.Contains("ExecuteAsync", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
            && s.Kind == ActivityKind.Server && s.DisplayName.Contains("ExecuteAsync", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Source.Name == "Npgsql"
            && (s.GetTagItem("db.query.text") ?? s.GetTagItem("db.statement")) is string sql && sql.Contains("INSERT INTO vg.contract_facts", StringComparison.Ordinal));
    }
}
