using System.Collections.Immutable;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Staffing;

/// <summary>A certificate or professional title an engineer holds (信息系统项目管理师（高级）, ITSS 项目经理).</summary>
public sealed record HeldCertificate
{
    public required string Name { get; init; }
    /// <summary>证书编号; kept on the engineer, never copied into a contract's facts.</summary>
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    /// <summary>Valid through this day (Asia/Shanghai); null for titles that do not expire.</summary>
    public DateOnly? ExpiresOn { get; init; }

    public bool ValidOn(DateOnly day) => (IssuedOn is null || IssuedOn <= day) && (ExpiresOn is null || day <= ExpiresOn);
}

/// <summary>What the staffing rules of a contract check about a person on a given day.</summary>
public sealed record Qualification(string? Education, int? Years, ImmutableArray<HeldCertificate> Certificates)
{
    public static readonly Qualification None = new(null, null, []);
}

/// <summary>
/// Education levels in order, so a rule "硕士研究生及以上" is met by 硕士研究生 and 博士研究生. The contracts write the
/// level in Chinese; the English names are accepted on input and mean the same level.
/// </summary>
public static class EducationLevels
{
    private static readonly (string Chinese, string English)[] Ordered =
        [("大专", "associate"), ("本科", "bachelor"), ("硕士研究生", "master"), ("博士研究生", "doctorate")];

    public static IEnumerable<string> Known => Ordered.SelectMany(l => new[] { l.Chinese, l.English });

    /// <summary>1–4, or 0 for text that names no level. A rule's text ("硕士研究生及以上") ranks by the level it names.</summary>
    public static int Rank(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        for (var i = Ordered.Length - 1; i >= 0; i--)
            if (text.Contains(Ordered[i].Chinese, StringComparison.Ordinal) || text.Trim().Equals(Ordered[i].English, StringComparison.OrdinalIgnoreCase))
                return i + 1;
        return text.Contains("硕士", StringComparison.Ordinal) ? 3 : text.Contains("博士", StringComparison.Ordinal) ? 4 : 0;
    }
}

public static class QualificationCheck
{
    /// <summary>Whether one person meets a rule on a day: years, education level and every named certificate still valid.</summary>
    public static bool Meets(QualificationRule rule, Qualification person, DateOnly day) =>
        (rule.MinYears is not { } years || person.Years >= years)
        && (rule.Education is null || EducationLevels.Rank(person.Education) >= EducationLevels.Rank(rule.Education))
        && rule.Certificates.All(name => person.Certificates.Any(c => SameName(c.Name, name) && c.ValidOn(day)));

    /// <summary>Certificate names compare without spaces or bracket style, so "ITSS项目经理" matches "ITSS 项目经理".</summary>
    public static bool SameName(string a, string b) => Normalize(a) == Normalize(b);

    private static string Normalize(string s) =>
        new(s.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c }).ToArray());

    public static string Describe(QualificationRule rule)
    {
        var parts = new List<string>();
        if (rule.MinYears is { } y) parts.Add($"{y} 年以上经验");
        if (rule.Education is { } e) parts.Add(e);
        parts.AddRange(rule.Certificates);
        return $"至少 {rule.Count} 人：{string.Join("、", parts)}";
    }
}
