using System.Text.RegularExpressions;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Domain.Contracts;

/// <summary>
/// Issue 20 §1: the explanation panel quotes each penalty's clause in the contract's own Chinese. Every penalty of the five
/// seeds carries that quote, and the quote is the signed text (seeds/text/, the same files as the shared originals) word
/// for word: only whitespace may differ, since the texts were extracted from PDFs that break lines inside sentences.
/// </summary>
public sealed partial class SeedClauseTextTests
{
    public static readonly TheoryData<string> SeedIds = new(
        "c1-childrens-internet-hospital-2016",
        "c2-chaoyang-his-2026",
        "c3-medical-registration-ops-2024",
        "c4-health-commission-medadmin-ops-2024",
        "c5-booking-platform-2024");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void EveryPenalty_QuotesItsClause_VerbatimFromTheSignedText(string seed)
    {
        var definition = ContractFixtures.Seed(seed);
        var signed = WithoutWhitespace(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", seed + ".txt")));
        Assert.NotEmpty(definition.Penalties);
        Assert.All(definition.Penalties, penalty =>
        {
            Assert.False(string.IsNullOrWhiteSpace(penalty.Text), $"{penalty.Id} ({penalty.Article}) has no text");
            Assert.InRange(penalty.Text!.Length, 1, 2000);
            Assert.True(signed.Contains(WithoutWhitespace(penalty.Text), StringComparison.Ordinal),
                $"{penalty.Id}: the text is not in seeds/text/{seed}.txt: {penalty.Text}");
        });
    }

    /// <summary>The check can fail: a quote with one character changed is not found.</summary>
    [Fact]
    public void AQuoteWithOneCharacterChanged_IsNotInTheSignedText()
    {
        var quote = ContractFixtures.Seed("c1-childrens-internet-hospital-2016").Penalties.Single(p => p.Id == "c1-late-service").Text!;
        var signed = WithoutWhitespace(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "text", "c1-childrens-internet-hospital-2016.txt")));
        Assert.Contains(WithoutWhitespace(quote), signed, StringComparison.Ordinal);
        Assert.DoesNotContain(WithoutWhitespace(quote.Replace("2%", "3%", StringComparison.Ordinal)), signed, StringComparison.Ordinal);
    }
}
