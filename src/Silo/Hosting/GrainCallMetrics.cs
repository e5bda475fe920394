using VendorGrid.Grains;
using VendorGrid.Grains.Telemetry;

namespace VendorGrid.Silo.Hosting;

/// <summary>
/// Counts every grain call a silo serves, and reads the outcome of the commands that store something, so facts and
/// ledger postings are counted where they happen without the grains knowing about metrics.
/// </summary>
public sealed class GrainCallMetrics : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var grain = new KeyValuePair<string, object?>("grain", context.InterfaceMethod?.DeclaringType?.Name ?? context.InterfaceName);
        try
        {
            await context.Invoke();
        }
        catch
        {
            VendorGridTelemetry.GrainCalls.Add(1, grain, new("outcome", "error"));
            throw;
        }
        VendorGridTelemetry.GrainCalls.Add(1, grain, new("outcome", "ok"));
        if (context.Result is CommandResult { Outcome: CommandOutcome.Recorded, Subject: { } subject })
        {
            // Facts, not requests: a batch (POST /events:batch) counts each of its facts under its own type.
            if (context.Request.GetArgumentCount() > 0 && context.Request.GetArgument(0) is VendorGrid.Domain.Contracts.Ledger.RecordFacts record)
                foreach (var kind in record.Facts.GroupBy(f => f.Type, StringComparer.Ordinal))
                    VendorGridTelemetry.FactsRecorded.Add(kind.Count(), new KeyValuePair<string, object?>("type", kind.Key));
            else if (subject is VendorGrid.Domain.Contracts.Facts.ContractFact)
                VendorGridTelemetry.FactsRecorded.Add(1, new KeyValuePair<string, object?>("type", subject.Type));
            else if (subject is VendorGrid.Domain.Contracts.Ledger.LedgerEvent)
                VendorGridTelemetry.LedgerPostings.Add(1, new KeyValuePair<string, object?>("type", subject.Type));
        }
    }
}
