namespace VendorGrid.Gateway.Security;

/// <summary>
/// The one check of "where to go after signing in" (the OIDC returnUrl and the portal's sign-in return path alike):
/// only a path on this site. Browsers are generous readers of URLs — they drop tabs and newlines, treat '\' as '/',
/// and some decode percent-escapes before resolving — so a value is refused when any of those readings could make it
/// leave the origin: not starting with exactly one '/', a second '/' or '\' after it, control characters, whitespace
/// or backslashes anywhere, the same after percent-decoding, or resolving to another origin.
/// </summary>
public static class LocalPaths
{
    public const int MaxLength = 2048;
    private static readonly Uri Origin = new("https://vendorgrid.invalid/");

    /// <summary>The path itself when it is safe to redirect to, else null.</summary>
    public static string? Local(string? candidate)
    {
        if (candidate is not { Length: > 0 and <= MaxLength }) return null;
        var reading = candidate;
        // Up to three rounds of percent-decoding: %252F-style double encoding must not smuggle a '//' past the check.
        for (var round = 0; round < 4; round++)
        {
            if (!LooksLocal(reading)) return null;
            var decoded = Uri.UnescapeDataString(reading);
            if (decoded == reading) break;
            if (round == 3) return null;
            reading = decoded;
        }
        return Uri.TryCreate(Origin, candidate, out var resolved) && resolved.Scheme == Origin.Scheme && resolved.Authority == Origin.Authority
            ? candidate : null;
    }

    private static bool LooksLocal(string path) =>
        path.Length > 0 && path[0] == '/'
        && !(path.Length > 1 && path[1] is '/' or '\\')
        && !path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
