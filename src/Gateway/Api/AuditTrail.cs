using System.Threading.Channels;
using Npgsql;
using VendorGrid.Gateway.Tenancy;

namespace VendorGrid.Gateway.Api;

/// <summary>
/// Writes one vg.audit_log row per state-changing call under /api (POST, PUT, PATCH, DELETE) after it is answered,
/// refusals included: who (token subject), role, tenant, method, route template, resource ids (a credential among them,
/// a feed token, as its hash), request id, status. Bodies are never written.
/// Reads write nothing. A failed audit write is logged as an error, not turned into a failed request: by then the
/// change is made and the response is on its way. The request completes only once its row is committed (or the failure
/// logged); rows of concurrent requests share one insert.
/// </summary>
public sealed class AuditTrail(RequestDelegate next, NpgsqlDataSource database, ILogger<AuditTrail> log)
{
    /// <summary>HttpContext item a handler sets to the institution owning the contract it changed.</summary>
    public const string ResourceTenantKey = "vg.audit.resource-tenant";

    public static void FileUnder(HttpContext http, string institutionId) => http.Items[ResourceTenantKey] = institutionId;

    private const string ChildKey = "vg.audit.resource-child";

    /// <summary>
    /// Names what the call made under its route's resource (an attached file's <c>sha256:…</c>): the row's resource id
    /// gains it as a last segment, so the fact's audit (?resource={contract}/{fact}) shows it.
    /// </summary>
    public static void NameChild(HttpContext http, string child) => http.Items[ChildKey] = child;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!Hardening.IsApiChange(http.Request)) { await next(http); return; }
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(http);
            status = http.Response.StatusCode;
        }
        finally
        {
            await WriteAsync(http, status);
        }
    }

    private async Task WriteAsync(HttpContext http, int status)
    {
        var caller = CurrentCaller.From(http.User);
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern;
        var secret = http.GetEndpoint()?.Metadata.GetMetadata<SecretRouteValues>()?.Names ?? [];
        var ids = route?.Parameters.Select(p => (p.Name, Value: http.Request.RouteValues[p.Name]?.ToString()))
            .Where(p => p.Value is not null).Select(p => secret.Contains(p.Name) ? Secrets.Redacted(p.Value!) : p.Value!).ToArray() ?? [];
        if (http.Items[ChildKey] is string child) ids = [.. ids, child];
        var row = new Row(caller?.Subject ?? caller?.Name ?? "anonymous", caller?.Role, caller?.Tenant, http.Request.Method,
            route?.RawText ?? http.Request.Path.Value ?? "", ids.Length == 0 ? null : string.Join('/', ids), http.TraceIdentifier, status,
            http.Items[ResourceTenantKey] as string);
        rows.Writer.TryWrite(row);
        await row.Written.Task;
    }

    /// <summary>
    /// Rows of concurrent requests go to the database together: while one insert is in flight the next rows queue, and the
    /// next insert takes all of them (one statement, one commit). Each request still waits for the insert that carries its
    /// row, exactly as it waited for its own insert before.
    /// </summary>
    private readonly Channel<Row> rows = StartWriting(database, log);

    private static Channel<Row> StartWriting(NpgsqlDataSource database, ILogger log)
    {
        var channel = Channel.CreateUnbounded<Row>(new UnboundedChannelOptions { SingleReader = true });
        _ = Task.Run(() => WriteBatchesAsync(channel.Reader, database, log));
        return channel;
    }

    private const int MaxBatch = 500;

    private static async Task WriteBatchesAsync(ChannelReader<Row> reader, NpgsqlDataSource database, ILogger log)
    {
        var batch = new List<Row>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var row)) batch.Add(row);
            try
            {
                await InsertAsync(database, batch);
                foreach (var row in batch) row.Written.TrySetResult();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                foreach (var row in batch)
                {
                    log.LogError(e, "Audit row not written: {Method} {Path} {Status} request {RequestId}", row.Method, row.Route, row.Status, row.RequestId);
                    row.Written.TrySetResult();
                }
            }
            catch (Exception e)
            {
                foreach (var row in batch) row.Written.TrySetException(e);
            }
            batch.Clear();
        }
    }

    private static async Task InsertAsync(NpgsqlDataSource database, List<Row> batch)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.audit_log (subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant)
            SELECT subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::integer[], $9::text[])
                WITH ORDINALITY AS r(subject, role, tenant, method, route, resource_id, request_id, status, resource_tenant, n)
            ORDER BY n
            """);
        void Add<T>(Func<Row, T> column) => command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(column).ToArray() });
        Add(r => r.Subject);
        Add(r => r.Role);
        Add(r => r.Tenant);
        Add(r => r.Method);
        Add(r => r.Route);
        Add(r => r.ResourceId);
        Add(r => r.RequestId);
        Add(r => r.Status);
        Add(r => r.ResourceTenant);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Row(string Subject, string? Role, string? Tenant, string Method, string Route, string? ResourceId, string RequestId, int Status,
        string? ResourceTenant)
    {
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
