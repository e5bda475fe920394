using System.Text.Json;

namespace VendorGrid.Tests.Grains;

/// <summary>Builds small valid contract definitions with unique ids, so tests sharing a cluster never collide.</summary>
public static class ContractDefinitions
{
    public static string Json(string id, string institution, string vendor, decimal total = 1_475_000.00m,
        string start = "2026-02-05", string end = "2027-03-02") =>
        JsonSerializer.Serialize(new
        {
            id,
            number = $"NO-{id}",
            title = $"Title of {id}",
            institution = new { id = institution, name = $"Institution {institution}" },
            vendor = new { id = vendor, name = $"Vendor {vendor}" },
            signedOn = start,
            term = new { start, end },
            total,
            obligations = new[]
            {
                new { id = "go-live", article = "第三条第1款", summary = "system live", title = "系统上线", kind = "one-off",
                    due = new { from = new { @event = "signed" }, within = new { n = 45, unit = "calendar-days" } } },
            },
        });

    /// <summary>A fresh party id in slug form (contains a hyphen, so it is a valid, non-hex key).</summary>
    public static string NewPartyId(string kind) => $"{kind}-{Guid.NewGuid():N}"[..24];

    public static string NewContractId() => $"c-{Guid.NewGuid():N}"[..20];
}
