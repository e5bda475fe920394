using VendorGrid.Grains;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Silo.Seeding;

/// <summary>How one pass over the seed directory went.</summary>
public sealed record SeedReport(int Created, int AlreadyExisted, int Rejected);

/// <summary>
/// Creates every contract in <c>*.json</c> of a directory through its institution grain. Creation is idempotent,
/// so loading on every start is safe: the first start creates, later starts find everything present.
/// </summary>
public sealed class SeedLoader(IGrainFactory grains, ILogger<SeedLoader> logger)
{
    public async Task<SeedReport> LoadAsync(string directory)
    {
        var report = new SeedReport(0, 0, 0);
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            report = Count(report, await LoadFileAsync(file));
        logger.LogInformation("Seeds from {Directory}: {Created} created, {Existing} already present, {Rejected} rejected",
            directory, report.Created, report.AlreadyExisted, report.Rejected);
        return report;
    }

    private async Task<ContractCreationOutcome> LoadFileAsync(string file)
    {
        var json = await File.ReadAllTextAsync(file);
        var parsed = ContractJson.ParseDefinition(json);
        if (!parsed.IsValid)
        {
            logger.LogWarning("Seed {File} skipped: {Problem}", Path.GetFileName(file),
                string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Message}")));
            return ContractCreationOutcome.Rejected;
        }
        var result = await grains.GetGrain<IInstitutionGrain>(parsed.Value.Institution.Id).CreateContractAsync(json);
        if (result.Outcome == ContractCreationOutcome.Rejected)
            logger.LogWarning("Seed {File} rejected: {Problem}", Path.GetFileName(file), result.Problem);
        return result.Outcome;
    }

    private static SeedReport Count(SeedReport report, ContractCreationOutcome outcome) => outcome switch
    {
        ContractCreationOutcome.Created => report with { Created = report.Created + 1 },
        ContractCreationOutcome.AlreadyExists => report with { AlreadyExisted = report.AlreadyExisted + 1 },
        _ => report with { Rejected = report.Rejected + 1 },
    };
}
