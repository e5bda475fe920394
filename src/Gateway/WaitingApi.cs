using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Gateway.Api;
using VendorGrid.Gateway.Contracts;
using VendorGrid.Gateway.Hosting;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;
using VendorGrid.Grains.Json;

namespace VendorGrid.Gateway;

/// <summary>An undecided ledger line (or one of its adjustments) the caller's side confirms.</summary>
public sealed record WaitingEntry(JsonElement Entry, string? AdjustmentId, decimal Amount);

/// <summary>An obligation a waiting fact names, so the page can say what the fact is about.</summary>
public sealed record WaitingObligation(string Id, string Title);

/// <summary>One contract's items waiting for the caller's side, and how many.</summary>
public sealed record WaitingContract(ContractItem Contract, int Count, ImmutableArray<JsonElement> Facts, ImmutableArray<WaitingEntry> Entries,
    ImmutableArray<ContractStatementsApi.StatementMonthView> Statements, ImmutableArray<WaitingObligation> Obligations);

/// <summary>GET /api/waiting: everything waiting for the caller's side across the contracts it sees, and the total.</summary>
public sealed record WaitingSummary(int Count, ImmutableArray<WaitingContract> Contracts);

/// <summary>
/// 待我处理 on the server (issue 20 §2): per contract the caller sees (its tenancy, as the contract list), the other side's
/// reported facts awaiting this side's answer, the undecided ledger lines and adjustments this side confirms, and the
/// issued, open statements this side has not signed off. Read from the contract grain's cached views (one rendering per
/// history), so the portal's navigation count costs one request instead of three per contract. Money is decided only by
/// institution admins and vendor users; institution staff answer facts.
/// </summary>
public static class WaitingApi
{
    public static IEndpointRouteBuilder MapWaiting(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/waiting", GetAsync).RequireAuthorization(TenancyExtensions.CallerPolicy).WithTags("Contracts").WithName("GetWaiting")
            .Documented("What waits for the caller's side (待我处理): facts to acknowledge or dispute, ledger entries to confirm and statements to sign off, " +
                "per contract (only contracts with something waiting), with the counts", "every role (platform-admin: nothing waits)");
        return app;
    }

    public static async Task<Ok<WaitingSummary>> GetAsync(CurrentCaller caller, IGrainFactory grains, ContractViewCache views)
    {
        Side? side = caller.IsVendor ? Side.Vendor : caller.IsInstitutionMember ? Side.Institution : null;
        if (side is not { } mine) return TypedResults.Ok(new WaitingSummary(0, []));
        var decides = caller.IsVendor || caller.Role == CallerRoles.InstitutionAdmin;
        var contracts = await VisibleContracts.ListAsync(caller, grains);
        var waiting = await Task.WhenAll(contracts.OrderBy(c => GrainKeys.Contract(c.Institution.Id, c.Id), StringComparer.Ordinal)
            .Select(c => ForContractAsync(c, mine, decides, grains, views)));
        var shown = waiting.Where(w => w is { Count: > 0 }).Select(w => w!).ToImmutableArray();
        return TypedResults.Ok(new WaitingSummary(shown.Sum(w => w.Count), shown));
    }

    private static async Task<WaitingContract?> ForContractAsync(ContractSummary summary, Side side, bool decides, IGrainFactory grains, ContractViewCache views)
    {
        var grain = grains.GetGrain<IContractGrain>(GrainKeys.Contract(summary.Institution.Id, summary.Id));
        var sideName = side == Side.Vendor ? "vendor" : "institution";
        var factsJson = await views.ReadAsync(grain, ContractView.Facts, null);
        if (factsJson is null) return null;
        using var facts = JsonDocument.Parse(factsJson);
        var toAnswer = facts.RootElement.EnumerateArray().Where(r => AwaitsAnswerFrom(r, sideName)).Select(r => r.Clone()).ToImmutableArray();

        var entries = ImmutableArray<WaitingEntry>.Empty;
        var statements = ImmutableArray<ContractStatementsApi.StatementMonthView>.Empty;
        if (decides)
        {
            if (await views.ReadAsync(grain, ContractView.Ledger, null) is { } ledgerJson)
            {
                using var ledger = JsonDocument.Parse(ledgerJson);
                entries = [.. ledger.RootElement.GetProperty("entries").EnumerateArray().SelectMany(e => ToConfirm(e, sideName))];
            }
            if (await views.ReadAsync(grain, ContractView.Statements, null) is { } periodsJson)
            {
                var url = $"/api/contracts/{Uri.EscapeDataString(summary.Id)}/statements/";
                statements = [.. JsonSerializer.Deserialize<StatementPeriod[]>(periodsJson, ApiJson.Options)!
                    .Where(p => p.ClosedAt is null && p.SignedOff.All(s => s.Party != side))
                    .OrderByDescending(p => p.Month, StringComparer.Ordinal)
                    .Select(p => new ContractStatementsApi.StatementMonthView(p.Month, url + p.Month, p.IssuedAt, p.SignedOff, p.SignOffDueAt, p.ClosedAt, p.ClosedBy))];
            }
        }
        var count = toAnswer.Length + entries.Length + statements.Length;
        if (count == 0) return new WaitingContract(ContractItem.From(summary), 0, [], [], [], []);
        return new WaitingContract(ContractItem.From(summary), count, toAnswer, entries, statements, await ObligationsAsync(grain, toAnswer, views));
    }

    /// <summary>Reported (not yet answered, not deemed) by the other party — never the platform's own facts.</summary>
    private static bool AwaitsAnswerFrom(JsonElement record, string side) =>
        record.GetProperty("status").GetString() == "reported"
        && record.TryGetProperty("answer", out var answer) && answer.ValueKind == JsonValueKind.Null
        && record.GetProperty("fact").TryGetProperty("reporter", out var reporter) && reporter.ValueKind == JsonValueKind.Object
        && reporter.GetProperty("party").GetString() is { } party && party != side && party != "platform";

    private static bool Undecided(string? status) => status is "proposed" or "disputed" or "accruing";

    private static IEnumerable<WaitingEntry> ToConfirm(JsonElement entry, string side)
    {
        static string ConfirmedBy(JsonElement e) =>
            e.TryGetProperty("confirmedBy", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString()! : "institution";
        if (Undecided(entry.GetProperty("status").GetString()) && ConfirmedBy(entry) == side)
            yield return new WaitingEntry(entry.Clone(), null, entry.GetProperty("amount").GetDecimal());
        if (entry.TryGetProperty("adjustments", out var adjustments) && adjustments.ValueKind == JsonValueKind.Array)
            foreach (var adjustment in adjustments.EnumerateArray())
                if (Undecided(adjustment.GetProperty("status").GetString()) && ConfirmedBy(adjustment) == side)
                    yield return new WaitingEntry(entry.Clone(), adjustment.GetProperty("id").GetString(), adjustment.GetProperty("amount").GetDecimal());
    }

    /// <summary>The titles of the obligation instances the waiting facts name (read only when one does).</summary>
    private static async Task<ImmutableArray<WaitingObligation>> ObligationsAsync(IContractGrain grain, ImmutableArray<JsonElement> facts, ContractViewCache views)
    {
        var named = facts.Select(r => r.GetProperty("fact").TryGetProperty("obligationId", out var o) ? o.GetString() : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0 || await views.ReadAsync(grain, ContractView.Obligations, null) is not { } json) return [];
        using var obligations = JsonDocument.Parse(json);
        return [.. obligations.RootElement.EnumerateArray()
            .Where(o => named.Contains(o.GetProperty("id").GetString()!))
            .Select(o => new WaitingObligation(o.GetProperty("id").GetString()!, o.GetProperty("title").GetString()!))];
    }
}
