using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VendorGrid.Grains.Telemetry;

/// <summary>
/// The platform's own meter and activity source, shared by silos and gateways so that both export the same names
/// (docs/OPERATIONS.md lists them with their Prometheus spelling). Static because a meter is process-wide anyway:
/// an in-process test cluster and its gateway simply add to the same counters.
/// </summary>
public static class VendorGridTelemetry
{
    public const string Name = "VendorGrid";

    public static readonly Meter Meter = new(Name, "1.0");
    public static readonly ActivitySource Activities = new(Name, "1.0");

    /// <summary>Requests a gateway answered, by method, status class (2xx…5xx) and the caller's role.</summary>
    public static readonly Counter<long> Requests =
        Meter.CreateCounter<long>("vendorgrid.requests", "{request}", "HTTP requests answered by a gateway");

    /// <summary>Grain calls a silo served, by grain interface and outcome (ok, error).</summary>
    public static readonly Counter<long> GrainCalls =
        Meter.CreateCounter<long>("vendorgrid.grain.calls", "{call}", "Grain calls served by a silo");

    /// <summary>Facts stored for the first time (a repeated fact id is a duplicate and not counted), by kind.</summary>
    public static readonly Counter<long> FactsRecorded =
        Meter.CreateCounter<long>("vendorgrid.facts.recorded", "{fact}", "Contract facts recorded");

    /// <summary>Ledger decisions posted on a penalty entry (confirm, waive, reverse, dispute).</summary>
    public static readonly Counter<long> LedgerPostings =
        Meter.CreateCounter<long>("vendorgrid.ledger.postings", "{posting}", "Ledger decisions posted");

    public static readonly Counter<long> RemindersSent =
        Meter.CreateCounter<long>("vendorgrid.reminders.sent", "{reminder}", "Reminder deliveries sent, by channel");

    public static readonly Counter<long> RemindersFailed =
        Meter.CreateCounter<long>("vendorgrid.reminders.failed", "{reminder}", "Reminder delivery attempts that failed, by channel");

    /// <summary>How long one deadline sweep took (all due contracts of one run).</summary>
    public static readonly Histogram<double> SweepDuration =
        Meter.CreateHistogram<double>("vendorgrid.sweep.duration", "s", "Duration of a deadline sweep");
}
