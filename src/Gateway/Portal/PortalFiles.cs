using Microsoft.Extensions.FileProviders;

namespace VendorGrid.Gateway.Portal;

/// <summary>
/// Serves the built web portal (portal/dist, made by `npm run build`) at `/`, with the single-page-app fallback:
/// any other GET outside /api, /openapi and /health answers index.html so a deep link such as /contracts/C1 opens the
/// portal, which then routes it. API paths never fall back, so a wrong API URL stays a problem+json 404 — for every
/// method: a POST to an unknown /api path is a 404 too, not a 405 from the page fallback (which answers GET and HEAD).
/// </summary>
public static class PortalFiles
{
    private static readonly string[] ApiPrefixes = ["/api", "/openapi", "/health"];

    public static WebApplication MapPortal(this WebApplication app)
    {
        foreach (var prefix in ApiPrefixes)
            app.MapFallback($"{prefix}/{{**path}}", (HttpContext http) => Problems.Missing("resource", http.Request.Path.Value ?? ""))
                .ExcludeFromDescription();
        var root = Locate(app.Configuration["VG_PORTAL_DIR"], app.Environment.ContentRootPath, AppContext.BaseDirectory);
        if (root is null)
        {
            app.Logger.LogWarning("No built portal found (set VG_PORTAL_DIR or run `npm ci && npm run build` in portal/); / is not served");
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Vite fingerprints everything under assets/, so those may be cached for good; index.html never is.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.MapFallback("{*path:nonfile}", async http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(files.GetFileInfo("index.html"));
        }).WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).ExcludeFromDescription();
        return app;
    }

    /// <summary>VG_PORTAL_DIR, else the nearest portal/dist above the content root or the binaries (a checkout's layout).</summary>
    private static string? Locate(string? configured, params string[] startDirectories)
    {
        if (!string.IsNullOrEmpty(configured)) return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        foreach (var start in startDirectories)
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "portal", "dist", "index.html")))
                    return Path.Combine(dir.FullName, "portal", "dist");
        return null;
    }
}
