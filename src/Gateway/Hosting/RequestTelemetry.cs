using System.Collections;
using VendorGrid.Gateway.Tenancy;
using VendorGrid.Grains.Telemetry;

namespace VendorGrid.Gateway.Hosting;

/// <summary>
/// Counts each answered request (method, status class, caller role) and opens a log scope that names the caller's
/// tenant and user: read when a line is written, so lines logged after authentication carry them. Only ids go
/// into logs; never a header, a body, a token or a password.
/// </summary>
public sealed class RequestTelemetry(RequestDelegate next, ILogger<RequestTelemetry> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        using var scope = log.BeginScope(new CallerScope(http));
        try
        {
            await next(http);
        }
        finally
        {
            VendorGridTelemetry.Requests.Add(1,
                new("method", http.Request.Method),
                new("status", StatusClass(http.Response.StatusCode)),
                new("role", CurrentCaller.From(http.User)?.Role ?? "anonymous"));
        }
    }

    private static string StatusClass(int status) => status switch
    {
        < 200 => "1xx", < 300 => "2xx", < 400 => "3xx", < 500 => "4xx", _ => "5xx",
    };

    /// <summary>The caller as log-scope values: tenant (institution, vendor or "platform"), user and role.</summary>
    private sealed class CallerScope(HttpContext http) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private KeyValuePair<string, object?>[] Values => CurrentCaller.From(http.User) is { } caller
            ? [new("tenant", caller.Tenant), new("user", caller.Subject ?? caller.Name), new("role", caller.Role)]
            : [];

        public int Count => Values.Length;
        public KeyValuePair<string, object?> this[int index] => Values[index];
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Values).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => string.Join(' ', Values.Select(v => $"{v.Key}={v.Value}"));
    }
}
