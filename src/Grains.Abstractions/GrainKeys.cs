using System.Text.RegularExpressions;

namespace VendorGrid.Grains;

/// <summary>
/// Builds and checks grain keys. ADO.NET storage treats a string key that parses as a hexadecimal number as
/// an integer key, so "020235" and "20235" would share a row (dotnet/orleans#9706). Every accepted key
/// therefore has a fixed length (an 18-character USCC) or contains a character that is not a hex digit.
/// </summary>
public static partial class GrainKeys
{
    /// <summary>Key of the platform directory singleton.</summary>
    public const string Platform = "platform";

    /// <summary>Key of the calendar grain (a stateless worker): the national calendar and the silos' clock.</summary>
    public const string NationalCalendar = "national";

    /// <summary>Key of a contract grain: the tenant first, so ids never cross institutions.</summary>
    public static string Contract(string institutionId, string contractId) => $"{institutionId}/{contractId}";

    /// <summary>Key of an engineer grain: the employing vendor first, so an engineer id never crosses vendors.</summary>
    public static string Engineer(string vendorId, string engineerId) => $"{vendorId}/{engineerId}";

    /// <summary>Key of a platform-wide id's registry grain, e.g. "engineer/han-zhaodong" (the slash is not a hex digit).</summary>
    public static string PlatformId(string kind, string id) => $"{kind}/{id}";

    /// <summary>An institution or vendor id: an 18-character USCC, or a lowercase slug with at least one hyphen.</summary>
    public static bool IsPartyId(string? id) => id is not null && PartyIdPattern().IsMatch(id);

    /// <summary>A contract id: a lowercase slug such as "c2-chaoyang-his-2026" (the hyphen is not a hex digit).</summary>
    public static bool IsContractId(string? id) => id is { Length: <= 100 } && ContractIdPattern().IsMatch(id);

    [GeneratedRegex("^(?:[0-9A-Z]{18}|[a-z0-9]+(?:-[a-z0-9]+)+)$")]
    private static partial Regex PartyIdPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)+$")]
    private static partial Regex ContractIdPattern();
}
