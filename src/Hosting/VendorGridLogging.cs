using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace VendorGrid.Hosting;

/// <summary>
/// Both hosts: VG_LOG_FORMAT=json writes one JSON object per line (timestamp in UTC, level, category, message, the message's
/// named values, scopes, trace and span ids) for a log collector; otherwise the usual console text.
/// </summary>
public static class VendorGridLogging
{
    public static WebApplicationBuilder AddVendorGridLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!string.Equals(builder.Configuration["VG_LOG_FORMAT"], "json", StringComparison.OrdinalIgnoreCase)) return builder;
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return builder;
    }
}
