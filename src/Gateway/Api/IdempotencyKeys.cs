using System.Security.Cryptography;
using Npgsql;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// <c>Idempotency-Key</c> on any POST: the first response (status, content type, body) is stored in
/// vg.idempotency_keys under (caller identity, key) with a hash of method, path and body; a retry gets that response
/// again with <c>Idempotent-Replayed: true</c>, and the same key with another request is a 422. Server errors are not
/// stored, so a retry after one runs again; nor are answers that carry a credential (<see cref="Secrets"/>): such a
/// POST simply runs again on a retry. The key is stored before the response is sent, so a database that fails at that
/// moment never cuts a response off. Two first attempts racing both run: every handler is itself idempotent
/// (facts by id, ledger decisions by this key, onboarding and creation by id), so that costs nothing but work.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next, NpgsqlDataSource database, ILogger<IdempotencyKeys> log)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http)
    {
        var key = http.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(http.Request.Method) || key.Length == 0 || CurrentCaller.From(http.User) is not { } caller
            || http.GetEndpoint()?.Metadata.GetMetadata<AnswersWithSecret>() is not null)
        {
            await next(http);
            return;
        }
        if (key.Length > 200) { await Problems.Invalid(Header, "must be at most 200 characters").ExecuteAsync(http); return; }

        var hash = Convert.ToHexString(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes($"{http.Request.Method} {http.Request.Path}\n"), .. RequestBodyGuard.BodyOf(http)]));
        if (await FindAsync(caller.Identity, key, http.RequestAborted) is { } stored)
        {
            if (stored.Hash != hash) { await Problems.KeyReused().ExecuteAsync(http); return; }
            http.Response.StatusCode = stored.Status;
            http.Response.ContentType = stored.ContentType;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            await http.Response.Body.WriteAsync(stored.Body, http.RequestAborted);
            return;
        }

        var original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        // Stored before a byte is sent: once the response has started, a failure here could only cut it off. If the
        // database is gone now, the client still gets the complete answer (the change is made); a retry with the
        // same key then runs the idempotent handler again instead of replaying.
        if (http.Response.StatusCode < 500)
        {
            try
            {
                await StoreAsync(caller.Identity, key, hash, http.Response.StatusCode, http.Response.ContentType, captured.ToArray());
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                log.LogError(e, "Idempotency-Key not stored for {Method} {Path} {Status}", http.Request.Method, http.Request.Path, http.Response.StatusCode);
            }
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
    }

    private sealed record Stored(string Hash, int Status, string? ContentType, byte[] Body);

    private async Task<Stored?> FindAsync(string caller, string key, CancellationToken cancel)
    {
        try
        {
            return await FindOnceAsync(caller, key, cancel);
        }
        catch (NpgsqlException e) when (e.IsTransient)
        {
            // After a database restart the pooled connections are dead until used; one more try on a fresh one.
            database.Clear();
            return await FindOnceAsync(caller, key, cancel);
        }
    }

    private async Task<Stored?> FindOnceAsync(string caller, string key, CancellationToken cancel)
    {
        await using var command = database.CreateCommand(
            "SELECT request_hash, status, content_type, body FROM vg.idempotency_keys WHERE caller = $1 AND key = $2");
        command.Parameters.Add(new() { Value = caller });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel)
            ? new Stored(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), (byte[])reader[3])
            : null;
    }

    private async Task StoreAsync(string caller, string key, string hash, int status, string? contentType, byte[] body)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.idempotency_keys (caller, key, request_hash, status, content_type, body)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
            """);
        foreach (var value in new object?[] { caller, key, hash, status, contentType, body })
            command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync();
    }
}
