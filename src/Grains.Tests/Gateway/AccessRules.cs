using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Gateway;

/// <summary>How a response counts in the access matrix.</summary>
public enum Access
{
    /// <summary>2xx, or a problem that shows the request got past access control (a missing ledger entry, a bad body).</summary>
    Allowed,
    Unauthenticated,
    Forbidden,
    /// <summary>404 contract-not-found: the same answer as for an id that does not exist.</summary>
    Hidden,
    Other,
}

/// <summary>Issue 4's "who may do what", one rule per endpoint, written independently of the app's own checks.</summary>
public static class AccessRules
{
    public static readonly string[] Roles = ["anonymous", "platform-admin", "institution-admin", "institution-staff", "vendor"];

    private static readonly Func<string, Tenancy, Access> Readers = (role, t) => role switch
    {
        "anonymous" => Access.Unauthenticated,
        "platform-admin" => Access.Allowed,
        "institution-admin" or "institution-staff" => t == Tenancy.OtherTenant ? Access.Hidden : Access.Allowed,
        _ => t == Tenancy.Own ? Access.Allowed : Access.Hidden,
    };

    private static Func<string, Tenancy, Access> Only(params string[] roles) => (role, _) =>
        role == "anonymous" ? Access.Unauthenticated : roles.Contains(role) ? Access.Allowed : Access.Forbidden;

    /// <summary>Only <paramref name="roles"/> act, and then only on contracts they see (others are hidden, not refused).</summary>
    private static Func<string, Tenancy, Access> OnVisible(params string[] roles) => (role, t) =>
        !roles.Contains(role) && role != "anonymous" ? Access.Forbidden : Readers(role, t);

    public static readonly Dictionary<string, Func<string, Tenancy, Access>> Rules = new()
    {
        ["GET /api/contracts"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["GET /api/waiting"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["POST /api/contracts"] = Only("institution-admin"),
        ["POST /api/contract-drafts"] = Only("platform-admin", "institution-admin"),
        // Issue 18 §2: the editor checks and previews a definition (nothing stored); the vendor confirms or disputes it.
        ["POST /api/contract-drafts/validate"] = Only("platform-admin", "institution-admin"),
        ["POST /api/contract-drafts/preview"] = Only("platform-admin", "institution-admin"),
        ["GET /api/contracts/{id}/definition/preview"] = Readers,
        ["POST /api/contracts/{id}/definition/accept"] = OnVisible("vendor"),
        ["POST /api/contracts/{id}/definition/dispute"] = OnVisible("vendor"),
        ["GET /api/contracts/{id}"] = Readers,
        ["GET /api/contracts/{id}/definition"] = Readers,
        ["GET /api/contracts/{id}/obligations"] = Readers,
        ["GET /api/contracts/{id}/ledger"] = Readers,
        ["GET /api/contracts/{id}/payments"] = Readers,
        ["GET /api/contracts/{id}/evaluation"] = Readers,
        ["GET /api/contracts/{id}/statements"] = Readers,
        ["GET /api/contracts/{id}/statements/{month}"] = Readers,
        ["GET /api/contracts/{id}/statements/{month}.pdf"] = Readers,
        ["GET /api/contracts/{id}/statements/{month}.html"] = Readers,
        // Issue 15, item 5: the institution's admin issues a month early; each side signs it off (the institution's admin for it).
        ["POST /api/contracts/{id}/statements/{month}/issue"] = OnVisible("institution-admin"),
        ["POST /api/contracts/{id}/statements/{month}/sign-off"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/events"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["POST /api/contracts/{id}/incidents"] = OnVisible("institution-admin", "institution-staff"),
        ["POST /api/contracts/{id}/incidents/{incidentId}/events"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["GET /api/contracts/{id}/incidents"] = Readers,
        ["GET /api/contracts/{id}/incidents/{incidentId}"] = Readers,
        ["GET /api/contracts/{id}/service-levels"] = Readers,
        // Evaluations and acceptance (issue 6). The matrix's contracts are C2 copies: no scorecard and no checklist, so an
        // allowed caller meets 404 scorecard-not-found / document-not-found, which are answered only past access control.
        ["GET /api/contracts/{id}/evaluations"] = Readers,
        ["POST /api/contracts/{id}/evaluations"] = OnVisible("institution-admin"),
        ["GET /api/contracts/{id}/acceptance"] = Readers,
        ["POST /api/contracts/{id}/acceptance"] = OnVisible("institution-admin"),
        ["POST /api/contracts/{id}/acceptance/documents/{obligationId}/{index}/submit"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["POST /api/contracts/{id}/acceptance/documents/{obligationId}/{index}/review"] = OnVisible("institution-admin", "institution-staff"),
        // Issue 15: the institution's admins and the vendor take ledger decisions; which side takes which, per contract and
        // clause, is the ledger's (a 422 naming `party`, past access control), never institution-staff's or the platform's.
        ["POST /api/contracts/{id}/ledger/{entryId}/confirm"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/ledger/{entryId}/waive"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/ledger/{entryId}/reverse"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/ledger/{entryId}/dispute"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/ledger/{entryId}/notice"] = OnVisible("institution-admin", "vendor"),
        ["GET /api/contracts/{id}/events"] = Readers,
        ["POST /api/contracts/{id}/events:batch"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["POST /api/contracts/{id}/events/{factId}/acknowledge"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        // Issue 18 §3: either party proposes an amendment, the other answers it (its admins for the institution); everyone who sees the contract reads.
        ["POST /api/contracts/{id}/amendments"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/amendments/{version}/accept"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/amendments/{version}/reject"] = OnVisible("institution-admin", "vendor"),
        ["GET /api/contracts/{id}/versions"] = Readers,
        ["GET /api/contracts/{id}/versions/{version}"] = Readers,
        ["GET /api/contracts/{id}/versions/{from}/diff/{to}"] = Readers,
        ["POST /api/contracts/{id}/events/{factId}/dispute"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        // Evidence (issue 15, item 2): both parties attach, everyone who sees the contract reads; the platform reads only.
        ["POST /api/contracts/{id}/events/{factId}/evidence"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["GET /api/contracts/{id}/events/{factId}/evidence"] = Readers,
        ["GET /api/contracts/{id}/evidence/{sha256}"] = Readers,
        ["GET /api/calendar"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["GET /api/calendar/today"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["POST /api/calendar/years"] = Only("platform-admin"),
        ["PUT /api/calendar/institution"] = Only("institution-admin"),
        ["POST /api/institutions"] = Only("platform-admin"),
        ["POST /api/vendors"] = Only("platform-admin"),
        ["GET /api/vendors/me/obligations"] = Only("vendor"),
        ["GET /api/vendors/me"] = Only("vendor"),
        ["GET /api/contracts/{id}/staffing"] = Readers,
        ["POST /api/contracts/{id}/assignments"] = OnVisible("institution-admin", "vendor"),
        ["POST /api/contracts/{id}/replacements"] = OnVisible("institution-admin", "institution-staff"),
        // Engineer routes target the scenario's engineer, assigned to the scenario's contract (see AccessWorld): an
        // institution sees the engineers of its contracts, a vendor its own, so the contract's reader rule carries over.
        ["POST /api/engineers"] = Only("vendor"),
        ["GET /api/engineers"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["GET /api/engineers/{id}"] = Readers,
        ["POST /api/engineers/{id}/attendance"] = OnVisible("institution-admin", "institution-staff", "vendor"),
        ["GET /api/audit"] = Only("platform-admin", "institution-admin"),
        ["GET /api/notifications"] = Only("institution-admin", "institution-staff", "vendor"),
        ["POST /api/notifications/{id:long}/read"] = Only("institution-admin", "institution-staff", "vendor"),
        ["POST /api/notifications/feeds"] = Only("institution-admin", "institution-staff", "vendor"),
        ["DELETE /api/notifications/feeds/{token}"] = Only("institution-admin", "institution-staff", "vendor"),
        // The secret URL is the credential (calendar apps cannot send tokens): an unknown one is a plain 404 for anyone.
        ["GET /api/notifications/feeds/{token}.ics"] = (_, _) => Access.Other,
        ["GET /api/notifications/webhooks"] = Only("institution-admin", "vendor"),
        ["POST /api/notifications/webhooks"] = Only("institution-admin", "vendor"),
        ["DELETE /api/notifications/webhooks/{id:long}"] = Only("institution-admin", "vendor"),
        ["GET /api/notifications/policy"] = Only("institution-admin", "institution-staff"),
        ["PUT /api/notifications/policy"] = Only("institution-admin"),
        ["POST /api/admin/jobs/{id}/trigger"] = Only("platform-admin"),
        ["GET /api/admin/deliveries/failed"] = Only("platform-admin"),
        ["POST /api/admin/deliveries/{id:long}/replay"] = Only("platform-admin"),
        // Sign-in (issue 7): anyone may try to sign in (unknown credentials are a 401 sign-in-failed for every caller),
        // sign out (a harmless 204 without a session) or accept an invitation (the token is the credential).
        ["POST /api/auth/login"] = (_, _) => Access.Unauthenticated,
        ["POST /api/auth/logout"] = (_, _) => Access.Allowed,
        ["GET /api/auth/me"] = Only("platform-admin", "institution-admin", "institution-staff", "vendor"),
        ["POST /api/auth/invitations/accept"] = (_, _) => Access.Allowed,
        ["POST /api/auth/invitations/inspect"] = (_, _) => Access.Allowed,
        // Asking for a reset link answers 202 to everyone; using one needs only the token from the e-mail.
        ["POST /api/auth/password-reset"] = (_, _) => Access.Allowed,
        ["POST /api/auth/password-reset/complete"] = (_, _) => Access.Allowed,
        // Switching membership is for signed-in browsers: a bearer token's party is fixed by its claims.
        ["POST /api/auth/membership"] = (role, _) => role == "anonymous" ? Access.Unauthenticated : Access.Forbidden,
        // 404 oidc-not-configured for everyone: the fixture configures no identity provider (OidcSignInTests does).
        ["GET /api/auth/oidc/login"] = (_, _) => Access.Other,
        ["GET /api/users"] = Only("platform-admin", "institution-admin", "vendor"),
        ["GET /api/users/invitations"] = Only("platform-admin", "institution-admin", "vendor"),
        ["POST /api/users/invitations"] = Only("institution-admin", "vendor"),
        ["POST /api/users/{id:long}/disable"] = Only("platform-admin", "institution-admin"),
        ["POST /api/institutions/{id}/admins"] = Only("platform-admin"),
        ["POST /api/vendors/{id}/users"] = Only("platform-admin"),
        ["GET /api/admin/cluster"] = Only("platform-admin"),
        // The matrix leaves {address} unfilled: no silo has that address (404 silo-not-found), so the shared test
        // cluster's silo is never drained.
        ["POST /api/admin/cluster/silos/{address}/drain"] = Only("platform-admin"),
    };

    /// <summary>
    /// The rule of an endpoint, or null when nobody wrote one. The API reference page and its assets (Scalar's own
    /// routes) are documentation, public like /openapi/v1.json; nothing else gets a default.
    /// </summary>
    public static Func<string, Tenancy, Access>? For(string endpoint) =>
        Rules.TryGetValue(endpoint, out var rule) ? rule
        : endpoint.StartsWith("GET /api/reference", StringComparison.Ordinal) ? (_, _) => Access.Allowed
        : null;

    /// <summary>A body that passes validation for a caller allowed to post it, so "Allowed" means a 2xx where possible.</summary>
    public static string BodyFor(string endpoint, ContractApiClient contract, string callerInstitution, string? engineer = null) => endpoint switch
    {
        "POST /api/engineers" => $$"""{ "id": "mx-{{Guid.NewGuid():N}}", "name": "矩阵工程师" }""",
        "POST /api/contracts/{id}/assignments" => AssignmentBody(engineer ?? "nobody"),
        "POST /api/contracts/{id}/replacements" => """{ "role": "ops-engineer", "requestedAt": "2026-03-10T10:00:00+08:00", "reason": "access matrix" }""",
        "POST /api/engineers/{id}/attendance" => $$"""{ "contract": "{{contract.Id}}", "date": "2026-03-02", "onSite": true }""",
        "POST /api/contracts" => NewContract(callerInstitution),
        // The matrix's vendor accepts the definition first (final): a dispute's 422 on a blank reason still shows it got past access control.
        "POST /api/contracts/{id}/definition/dispute" => """{ "reason": "" }""",
        "POST /api/contracts/{id}/events" =>
            $$"""{ "id": "m-{{Guid.NewGuid():N}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }""",
        "POST /api/contracts/{id}/events:batch" =>
            $$"""{ "facts": [{ "id": "m-{{Guid.NewGuid():N}}", "type": "milestone", "name": "bank-change", "occurredAt": "2026-03-01T10:00:00+08:00" }] }""",
        "POST /api/contracts/{id}/incidents" =>
            $$"""{ "id": "mx-{{Guid.NewGuid():N}}", "openedAt": "2026-03-10T10:00:00+08:00", "severity": "normal", "summary": "矩阵测试" }""",
        "POST /api/contracts/{id}/incidents/{incidentId}/events" => """{ "type": "responded", "at": "2026-03-10T10:05:00+08:00" }""",
        "POST /api/calendar/years" => """{ "year": "not a year" }""",  // never really add a year: the calendar is shared
        "PUT /api/calendar/institution" => """{ "closures": [], "workStarts": "08:30:00", "workEnds": "17:30:00" }""",
        "POST /api/institutions" or "POST /api/vendors" => $$"""{ "id": "{{$"p-{Guid.NewGuid():N}"[..20]}}", "name": "矩阵测试单位" }""",
        // A name of its own each time: one client failing often for one name is slowed down (429), which is not what this checks.
        "POST /api/auth/login" => $$"""{ "username": "matrix-{{Guid.NewGuid():N}}@test.local", "password": "not-a-password" }""",
        "POST /api/auth/invitations/inspect" => """{ "token": "no-such-invitation" }""",
        "POST /api/auth/password-reset" => """{ "email": "matrix@test.local" }""",
        "POST /api/auth/password-reset/complete" => """{ "token": "no-such-reset", "password": "a-long-enough-password" }""",
        "POST /api/auth/membership" => """{ "membership": 1 }""",
        "POST /api/auth/invitations/accept" => """{ "token": "no-such-invitation", "password": "a-long-enough-password" }""",
        // A vendor may not choose a role: its 422 still shows it got past access control.
        "POST /api/users/invitations" => $$"""{ "email": "m-{{Guid.NewGuid():N}}@test.local", "displayName": "矩阵", "role": "institution-staff" }""",
        "POST /api/institutions/{id}/admins" or "POST /api/vendors/{id}/users" => $$"""{ "email": "m-{{Guid.NewGuid():N}}@test.local", "displayName": "矩阵" }""",
        _ => """{ "reason": "access matrix" }""",
    };

    public static string AssignmentBody(string engineer) =>
        $$"""{ "engineer": "{{engineer}}", "role": "ops-engineer", "from": "2026-02-06T09:00:00+08:00" }""";

    private static string NewContract(string institution)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "c2-chaoyang-his-2026.json")))!.AsObject();
        json["id"] = $"mx-{Guid.NewGuid():N}"[..24];
        json["institution"]!["id"] = institution;
        json["vendor"]!["id"] = $"vend-{Guid.NewGuid():N}"[..24];
        return json.ToJsonString();
    }

    /// <summary>Problem types that prove the request reached the resource: access was granted.</summary>
    private static readonly string[] PastAccessControl =
    [
        "urn:vendorgrid:problem:ledger-entry-not-found", "urn:vendorgrid:problem:validation", "urn:vendorgrid:problem:notification-not-found",
        "urn:vendorgrid:problem:calendar-feed-not-found", "urn:vendorgrid:problem:webhook-not-found", "urn:vendorgrid:problem:recurring-job-not-found",
        "urn:vendorgrid:problem:failed-delivery-not-found", "urn:vendorgrid:problem:invitation-not-found", "urn:vendorgrid:problem:user-not-found",
        "urn:vendorgrid:problem:password-reset-not-found",
        "urn:vendorgrid:problem:institution-not-found", "urn:vendorgrid:problem:vendor-not-found",
        "urn:vendorgrid:problem:silo-not-found", "urn:vendorgrid:problem:statement-not-found", "urn:vendorgrid:problem:incident-not-found",
        "urn:vendorgrid:problem:scorecard-not-found", "urn:vendorgrid:problem:document-not-found", "urn:vendorgrid:problem:fact-not-found",
        "urn:vendorgrid:problem:evidence-not-found", "urn:vendorgrid:problem:version-not-found",
    ];

    public static async Task<Access> ClassifyAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return Access.Allowed;
        var type = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("type", out var t) ? t.GetString() : null
            : null;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Access.Unauthenticated,
            HttpStatusCode.Forbidden => Access.Forbidden,
            HttpStatusCode.NotFound when type is "urn:vendorgrid:problem:contract-not-found" or "urn:vendorgrid:problem:engineer-not-found" => Access.Hidden,
            _ when PastAccessControl.Contains(type) => Access.Allowed,
            _ => Access.Other,
        };
    }
}
