using Npgsql;
using VendorGrid.Domain.Contracts.Facts;

namespace VendorGrid.Gateway.Contracts;

/// <summary>A file attached to a fact: its content's SHA-256 (lower-case hex), the name it was sent under, the sniffed type, who attached it when.</summary>
public sealed record EvidenceView(string Sha256, string FileName, string ContentType, long Size, DateTimeOffset AttachedAt, Reporter AttachedBy);

/// <summary>A file to attach, already checked: the bytes, their hash and sniffed type, the kept name.</summary>
public sealed record EvidenceFile(byte[] Content, string Sha256, string ContentType, string FileName);

/// <summary>A blob to download: what it is called and what it is.</summary>
public sealed record EvidenceContent(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Evidence in PostgreSQL (db/migrations/0014): each content once in vg.evidence_blobs, keyed by its SHA-256, and one
/// vg.evidence_attachments row per (contract, fact, content). Both tables are append-only, so nothing here updates or
/// deletes: an attachment, once made, stays as it was. Contracts are named by grain key ({institutionId}/{contractId}),
/// the tenancy the gateway resolved, never an id from the URL alone.
/// </summary>
public sealed class EvidenceStore(NpgsqlDataSource database)
{
    private const string Columns = "a.sha256, a.file_name, b.content_type, b.size, a.attached_at, a.attached_by_party, a.attached_by_user";

    /// <summary>Attaches the file to the fact; false (and the first attachment's view) when these bytes were already attached to it.</summary>
    public async Task<(EvidenceView View, bool Attached)> AttachAsync(
        string contractKey, string factId, EvidenceFile file, DateTimeOffset at, Reporter by, CancellationToken cancel)
    {
        await using var connection = await database.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await using (var blob = new NpgsqlCommand("""
            INSERT INTO vg.evidence_blobs (sha256, content, size, content_type) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING
            """, connection, transaction))
        {
            Add(blob, file.Sha256, file.Content, (long)file.Content.Length, file.ContentType);
            await blob.ExecuteNonQueryAsync(cancel);
        }
        int inserted;
        await using (var link = new NpgsqlCommand("""
            INSERT INTO vg.evidence_attachments (contract_key, fact_id, sha256, file_name, attached_at, attached_by_party, attached_by_user)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (contract_key, fact_id, sha256) DO NOTHING
            """, connection, transaction))
        {
            Add(link, contractKey, factId, file.Sha256, file.FileName, at.ToUniversalTime(), Party(by.Party), by.User);
            inserted = await link.ExecuteNonQueryAsync(cancel);
        }
        await transaction.CommitAsync(cancel);
        var view = (await ListAsync(contractKey, [factId], cancel))[factId].First(v => v.Sha256 == file.Sha256);
        return (view, inserted == 1);
    }

    /// <summary>Each fact's evidence in the order attached (facts without any are absent).</summary>
    public async Task<Dictionary<string, List<EvidenceView>>> ListAsync(string contractKey, IReadOnlyCollection<string> factIds, CancellationToken cancel)
    {
        var found = new Dictionary<string, List<EvidenceView>>(StringComparer.Ordinal);
        if (factIds.Count == 0) return found;
        await using var command = database.CreateCommand($"""
            SELECT a.fact_id, {Columns} FROM vg.evidence_attachments a JOIN vg.evidence_blobs b ON b.sha256 = a.sha256
             WHERE a.contract_key = $1 AND a.fact_id = ANY($2) ORDER BY a.id
            """);
        Add(command, contractKey, factIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            var view = new EvidenceView(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4),
                reader.GetFieldValue<DateTimeOffset>(5), new Reporter(reader.GetString(6) == "vendor" ? ReportingParty.Vendor : ReportingParty.Institution, reader.GetString(7)));
            var factId = reader.GetString(0);
            if (!found.TryGetValue(factId, out var list)) found[factId] = list = [];
            list.Add(view);
        }
        return found;
    }

    /// <summary>The content, when it is attached to some fact of this contract (under the name of its first attachment there); else null.</summary>
    public async Task<EvidenceContent?> OpenAsync(string contractKey, string sha256, CancellationToken cancel)
    {
        await using var command = database.CreateCommand("""
            SELECT a.file_name, b.content_type, b.content FROM vg.evidence_attachments a JOIN vg.evidence_blobs b ON b.sha256 = a.sha256
             WHERE a.contract_key = $1 AND a.sha256 = $2 ORDER BY a.id LIMIT 1
            """);
        Add(command, contractKey, sha256);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? new EvidenceContent(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)) : null;
    }

    private static string Party(ReportingParty party) => party == ReportingParty.Vendor ? "vendor" : "institution";

    private static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
    }
}
