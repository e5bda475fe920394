namespace VendorGrid.Gateway.Security;

/// <summary>
/// Response headers that tell browsers what this site is: its pages run only the portal's own scripts and styles (no
/// inline script, nothing from elsewhere), may not be framed (clickjacking), content types are not sniffed, no
/// Referer leaves for another site, and over TLS the browser sticks to HTTPS (HSTS). Added when the response starts,
/// so error pages written after an exception carry them too.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The portal's policy: built by Vite into external module scripts and one stylesheet (checked by a test).</summary>
    public const string PortalPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The two pages made by libraries with inline scripts and styles of their own, the API reference (Scalar) and the
    /// jobs dashboard (Hangfire): still only this origin, still never framed.
    /// </summary>
    public const string LibraryPagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000";

    private static readonly string[] LibraryPages = ["/api/reference", "/admin/jobs"];

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            var library = LibraryPages.Any(page => http.Request.Path.StartsWithSegments(page));
            headers.ContentSecurityPolicy = library ? LibraryPagePolicy : PortalPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (http.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
            return Task.CompletedTask;
        });
        return next(http);
    }
}
