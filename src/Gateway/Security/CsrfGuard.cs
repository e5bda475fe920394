using System.Security.Cryptography;
using System.Text;
using VendorGrid.Gateway.Accounts;
using VendorGrid.Gateway.Api;

namespace VendorGrid.Gateway.Security;

/// <summary>
/// A change (POST, PUT, PATCH, DELETE under /api) authenticated by the session cookie must carry X-VG-CSRF equal to
/// the vg_csrf cookie and to the token issued with that session; otherwise 403 urn:vendorgrid:problem:csrf. Another
/// site can make the browser send the cookie but cannot read vg_csrf to copy it into the header. Bearer callers
/// are unaffected: nothing sends their token on its own.
/// </summary>
public sealed class CsrfGuard(RequestDelegate next)
{
    public const string ProblemType = "urn:vendorgrid:problem:csrf";

    public async Task InvokeAsync(HttpContext http)
    {
        if (Hardening.IsApiChange(http.Request) && SessionAuthenticationHandler.SessionOf(http) is { } session && !Carries(http, session))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "请求来源无法验证 / Request origin not verified",
                detail: $"Signed-in browser requests that change data must send the {SessionCookies.Csrf} cookie's value in the {SessionCookies.CsrfHeader} header.",
                type: ProblemType).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static bool Carries(HttpContext http, Session session)
    {
        var header = http.Request.Headers[SessionCookies.CsrfHeader].ToString();
        var cookie = http.Request.Cookies[SessionCookies.Csrf] ?? "";
        return header.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(cookie))
            && CryptographicOperations.FixedTimeEquals(AccountStore.Hash(header), session.CsrfHash);
    }
}
