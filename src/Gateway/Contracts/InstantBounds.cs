using System.Collections.Concurrent;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Time;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains;

namespace VendorGrid.Gateway.Contracts;

/// <summary>
/// <c>asOf</c> and <c>knownAt</c> may lie anywhere within the contract's term widened by
/// <see cref="DefinitionBounds.MarginYears"/> years; further out they only ask the engine to count lateness across
/// decades, so they are refused with 422 naming the parameter and the window. An endpoint filter, so every contract
/// view (and the vendor's cross-contract ones) is bounded the same way before its handler runs; an instant that does
/// not parse, or a contract the caller cannot see, is left to the handler's own 422 or 404.
/// </summary>
public static class InstantBounds
{
    public static readonly string[] Parameters = ["asOf", "knownAt"];

    /// <summary>A 422 for the first instant parameter outside [from, to], or null.</summary>
    public static IResult? Check(HttpRequest request, DateOnly from, DateOnly to)
    {
        foreach (var name in Parameters)
            if (AsOfQuery.TryRead(request.Query[name], out var instant) && instant is { } at
                && (at < Deadlines.StartOfDay(from) || at > Deadlines.EndOfDay(to)))
                return Problems.Invalid(name, $"must lie between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}: the term ± {DefinitionBounds.MarginYears} years");
        return null;
    }

    public static bool Asked(HttpRequest request) => Parameters.Any(n => request.Query.ContainsKey(n));
}

/// <summary>The bound on one contract's views (every route under /api/contracts/{id}).</summary>
public sealed class ContractInstantBounds(IGrainFactory grains, ContractTerms terms) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (InstantBounds.Asked(http.Request) && http.Request.RouteValues["id"] is string id && CurrentCaller.From(http.User) is { } caller
            && await terms.FindAsync(caller, id, grains) is { } term
            && InstantBounds.Check(http.Request, term.From, term.To) is { } refused)
            return refused;
        return await next(context);
    }
}

/// <summary>The bound on a vendor's views across its contracts: the earliest term's start to the latest one's end, widened.</summary>
public sealed class VendorInstantBounds(IGrainFactory grains) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (InstantBounds.Asked(http.Request) && CurrentCaller.From(http.User) is { IsVendor: true } caller)
        {
            var contracts = await grains.GetGrain<IVendorGrain>(caller.VendorId!).ListContractsAsync();
            if (contracts.Any())
            {
                var (from, _) = DefinitionBounds.InstantWindow(contracts.Min(c => c.Start), contracts.Min(c => c.End));
                var (_, to) = DefinitionBounds.InstantWindow(contracts.Max(c => c.Start), contracts.Max(c => c.End));
                if (InstantBounds.Check(http.Request, from, to) is { } refused) return refused;
            }
        }
        return await next(context);
    }
}

/// <summary>
/// Each contract's instant window, kept once read: a term never changes after creation. Only institution members'
/// lookups are kept (their grain key comes from their own tenancy); others go through their visible list each time.
/// Bounded: when full it is simply not added to.
/// </summary>
public sealed class ContractTerms
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, (DateOnly From, DateOnly To)> windows = new(StringComparer.Ordinal);

    public async Task<(DateOnly From, DateOnly To)?> FindAsync(CurrentCaller caller, string contractId, IGrainFactory grains)
    {
        if (caller.IsInstitutionMember && GrainKeys.IsContractId(contractId)
            && windows.TryGetValue(GrainKeys.Contract(caller.InstitutionId!, contractId), out var known))
            return known;
        if (await VisibleContracts.FindAsync(caller, contractId, grains) is not { } summary) return null;
        var window = DefinitionBounds.InstantWindow(summary.Start, summary.End);
        if (caller.IsInstitutionMember && windows.Count < MaxEntries) windows[GrainKeys.Contract(caller.InstitutionId!, contractId)] = window;
        return window;
    }
}
