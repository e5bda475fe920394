using System.Text.RegularExpressions;

namespace VendorGrid.Domain.Contracts.Facts;

/// <summary>
/// Fact ids. A client names its own facts (the id makes a repeat harmless); the ids the platform derives for the facts
/// it records itself (acceptance, incidents, evaluations, checklist steps, vacancies from staffing, ledger events) live
/// in reserved namespaces no client may use, so none can be claimed ahead of the platform.
/// </summary>
public static partial class FactIds
{
    public const string Acceptance = "acceptance";
    public const string Incident = "incident:";
    public const string Evaluation = "evaluation:";
    public const string Document = "document:";
    public const string Vacancy = "vacancy:";
    public const string Refill = "refill:";
    public const string Met = "met:";
    public const string OnsiteDay = "onsite-day:";
    public const string Change = "change:";
    public const string Decision = "decision:";
    public const string Answer = "answer:";
    public const string Posting = "post:";
    public const string Statement = "statement:";
    public const string Ledger = "ledger:";
    /// <summary>A supplemental agreement's proposal (<c>amendment:{version}</c>) and its answer.</summary>
    public const string Amendment = "amendment:";
    /// <summary>Facts the gateway numbers itself when the client sends no id.</summary>
    public const string Generated = "fact:";

    private static readonly string[] ReservedPrefixes =
        [Incident, Evaluation, Document, Vacancy, Refill, Met, OnsiteDay, Change, Decision, Answer, Posting, Statement, Ledger, Amendment];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:@>#-]{0,127}$")]
    private static partial Regex Shape();

    public static bool IsWellFormed(string id) => Shape().IsMatch(id);

    /// <summary>True for an id only the platform may give: <c>acceptance</c>, or one starting with a reserved namespace.</summary>
    public static bool IsReserved(string id) =>
        id == Acceptance || ReservedPrefixes.Any(p => id.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>What a client may not send as an id: the reserved ones, and those the gateway numbers itself.</summary>
    public static bool IsReservedForClients(string id) => IsReserved(id) || id.StartsWith(Generated, StringComparison.OrdinalIgnoreCase);
}
