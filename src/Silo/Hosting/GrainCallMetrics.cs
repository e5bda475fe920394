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
        switch (context.Result)
        {
            case RecordFactResult { Outcome: RecordOutcome.Recorded, Fact: { } fact }:
                VendorGridTelemetry.FactsRecorded.Add(1, new KeyValuePair<string, object?>("type", fact.Type));
                break;
            case EvaluationCommandResult { Outcome: RecordOutcome.Recorded }:
                VendorGridTelemetry.FactsRecorded.Add(1, new KeyValuePair<string, object?>("type", "evaluation"));
                break;
            case AcceptanceCommandResult { Outcome: RecordOutcome.Recorded }:
                VendorGridTelemetry.FactsRecorded.Add(1, new KeyValuePair<string, object?>("type", "acceptance"));
                break;
            case LedgerDecisionResult { Outcome: RecordOutcome.Recorded, Fact: { } decision }:
                VendorGridTelemetry.LedgerPostings.Add(1, new KeyValuePair<string, object?>("type", decision.Type));
                break;
        }
    }
}
