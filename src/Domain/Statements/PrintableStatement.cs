using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Statements;

/// <summary>
/// A monthly statement as a finance office prints and stamps it: the statement itself, the parties' registered ids
/// beside their names, and the contract article every clause id in it is printed under (第三条2.3 reads better on
/// paper than c1-vacancy-refill). Everything a renderer needs, so rendering is a pure function of this record.
/// </summary>
public sealed record PrintableStatement(
    MonthlyStatement Statement,
    string InstitutionId,
    string VendorId,
    ImmutableSortedDictionary<string, string> Articles)
{
    /// <summary>The article of a clause (第三条2.3), or empty for a clause the definition does not name.</summary>
    public string ArticleOf(string clauseId) => Articles.TryGetValue(clauseId, out var article) ? article : "";

    public static PrintableStatement For(MonthlyStatement statement, string institutionId, string vendorId, ContractDefinition definition)
    {
        var clauses = definition.Obligations.Cast<IClause>().Concat(definition.Penalties);
        var cited = statement.Met.Concat(statement.Missed).Select(o => o.ClauseId)
            .Concat(statement.Movements.Select(m => m.ClauseId)).ToHashSet(StringComparer.Ordinal);
        var articles = clauses.Where(c => cited.Contains(c.Id))
            .ToImmutableSortedDictionary(c => c.Id, c => c.Article, StringComparer.Ordinal);
        return new(statement, institutionId, vendorId, articles);
    }
}
