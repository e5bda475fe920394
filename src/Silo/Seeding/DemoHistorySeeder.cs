using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Contracts.Ledger;
using VendorGrid.Domain.Demo;
using VendorGrid.Domain.Time;
using VendorGrid.Grains;

namespace VendorGrid.Silo.Seeding;

/// <summary>How one contract's demo history went: commands recorded, found already recorded, refused.</summary>
public sealed record DemoHistoryReport(string Contract, int Recorded, int AlreadyRecorded, int Refused);

/// <summary>
/// Plays each seed contract's <see cref="DemoHistory"/> (as of the server's Shanghai today) through the contract grain's own
/// commands, as the gateway would: facts reported by the demo account of their side, the other side's answers, the
/// evaluations, two penalty decisions and the statements. Every command is idempotent by its id or request id, so a
/// second start records nothing twice; a later day adds what happened since. A refused command is logged and skipped.
/// </summary>
public sealed class DemoHistorySeeder(IGrainFactory grains, Func<string, WorkingCalendar> calendarOf, TimeProvider clock, ILogger<DemoHistorySeeder> logger)
{
    public async Task<IReadOnlyList<DemoHistoryReport>> SeedAsync(string seedsDirectory, CancellationToken cancel = default)
    {
        var reports = new List<DemoHistoryReport>();
        foreach (var file in Directory.GetFiles(seedsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var parsed = ContractJson.ParseDefinition(await File.ReadAllTextAsync(file, cancel));
            if (!parsed.IsValid) continue;
            reports.Add(await SeedAsync(parsed.Value, cancel));
        }
        return reports;
    }

    public async Task<DemoHistoryReport> SeedAsync(ContractDefinition definition, CancellationToken cancel = default)
    {
        var today = ShanghaiTime.LocalDate(clock.GetUtcNow());
        var plan = DemoHistory.Plan(definition, today, calendarOf(definition.Institution.Id));
        var grain = grains.GetGrain<IContractGrain>(GrainKeys.Contract(definition.Institution.Id, definition.Id));
        Reporter ReporterOf(Side side) => new(DemoHistory.Party(side), side == Side.Vendor
            ? $"vendor@{definition.Vendor.Id.ToLowerInvariant()}.local" : $"admin@{definition.Institution.Id.ToLowerInvariant()}.local");
        int recorded = 0, repeated = 0, refused = 0;
        async Task Run(ContractCommand command, string what)
        {
            cancel.ThrowIfCancellationRequested();
            var result = await grain.ExecuteAsync(command);
            switch (result.Outcome)
            {
                case CommandOutcome.Recorded: recorded++; break;
                case CommandOutcome.Duplicate: repeated++; break;
                default:
                    refused++;
                    logger.LogWarning("Demo history of {Contract}: {What} refused ({Outcome}): {Message} {Errors}", definition.Id, what, result.Outcome,
                        result.Message, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
                    break;
            }
        }

        foreach (var fact in plan.Facts)
            await Run(new RecordFacts([fact.Fact], ReporterOf(fact.By)), fact.Fact.Id);
        foreach (var answer in plan.Answers)
            await Run(new AnswerFact(answer.FactId, answer.Answer, answer.Reason, $"demo-{answer.FactId}", ReporterOf(answer.By)), $"answer to {answer.FactId}");
        foreach (var scored in plan.Evaluations)
            await Run(new RecordEvaluation(scored, ReporterOf(Side.Institution)), scored.Id);

        if (!plan.Decisions.IsEmpty && await grain.EvaluateAsync(null) is { } evaluation)
        {
            var decided = new HashSet<string>(StringComparer.Ordinal);
            foreach (var decision in plan.Decisions)
            {
                // A repeat run finds the decision by its request id, whatever the entry's status has become since.
                var requestId = $"demo-{decision.Action}-{decision.BreachFactId ?? "penalty"}".ToLowerInvariant();
                var breach = plan.Facts.Select(f => f.Fact).OfType<BreachOccurred>().FirstOrDefault(f => f.Id == decision.BreachFactId);
                var entry = evaluation.Ledger
                    .Where(e => e.Payer == ObligationParty.Vendor && e.Amount > 0 && !decided.Contains(e.Id)
                        && (breach is null ? e.Status == Domain.Contracts.Engine.LedgerStatus.Proposed : e.ClauseId == breach.ClauseId))
                    .OrderBy(e => e.Cause == decision.BreachFactId ? 0 : 1).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
                if (entry is null)
                {
                    logger.LogInformation("Demo history of {Contract}: no proposed penalty left to {Action}", definition.Id, decision.Action);
                    continue;
                }
                decided.Add(entry.Id);
                var side = decision.Action == LedgerAction.Confirm && entry.ConfirmedBy == "vendor" || decision.Action == LedgerAction.Dispute
                    ? Side.Vendor : Side.Institution;
                // A discretionary (range) entry is confirmed at the institution's lowest choice.
                var amount = decision.Action == LedgerAction.Confirm ? entry.RangeMin : null;
                await Run(new DecideEntry(entry.Id, decision.Action, amount, decision.Reason, requestId, ReporterOf(side)), $"{decision.Action} {entry.Id}");
            }
        }

        foreach (var month in plan.IssuedMonths)
        {
            // Through the statements grain, as the monthly job does: the workbook is stored and both inboxes hear of it.
            if (await grains.GetGrain<IContractStatementsGrain>(GrainKeys.Contract(definition.Institution.Id, definition.Id)).IssueAsync(month))
                recorded++;
            else
                repeated++;
            if (month == plan.SignedOffMonth)
            {
                await Run(new SignOffStatement(month, ReporterOf(Side.Vendor)), $"vendor sign-off {month}");
                await Run(new SignOffStatement(month, ReporterOf(Side.Institution)), $"institution sign-off {month}");
            }
        }
        logger.LogInformation("Demo history of {Contract} to {Today}: {Recorded} recorded, {Repeated} already there, {Refused} refused",
            definition.Id, today, recorded, repeated, refused);
        return new DemoHistoryReport(definition.Id, recorded, repeated, refused);
    }
}
