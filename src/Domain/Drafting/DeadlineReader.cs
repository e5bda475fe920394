using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// One-off duties with a deadline: 在本合同终止之日起7日内，乙方…应…; 乙方应在…之日起10个工作日内退还. Read on demand
/// for the sentence a lateness penalty follows, so 「若乙方逾期…每日500元」 charges that very duty.
/// </summary>
internal static partial class DeadlineReader
{
    [GeneratedRegex(@"应|须|需|必须|负责")]
    private static partial Regex Duty();

    public static ObligationDefinition? Read(Paragraph p, Range s, int number)
    {
        var text = p.Text[s];
        if (!Duty().IsMatch(text)) return null;
        var within = Anchors.Withins(text).FirstOrDefault();
        if (within.End == 0 || Anchors.Nearest(text, within.Start) is not { } anchor) return null;
        var party = Regex.IsMatch(text[..within.Start], "甲方") && !Regex.IsMatch(text, "乙方(?:应|须|需|必须|负责)") ? ObligationParty.Client : ObligationParty.Vendor;
        var what = text[within.End..].TrimStart('内', ',', '，');
        return new ObligationDefinition
        {
            Id = $"duty-{number}",
            Article = p.Article.Length > 0 ? p.Article : "正文",
            Title = what.Length > 30 ? what[..30] + "…" : what,
            Summary = $"Due within {within.Value.N} {Words(within.Value.Unit)} of {anchor}.",
            Party = party,
            Kind = ObligationKind.OneOff,
            Conditional = anchor is "terminated",
            Due = new DueRule { From = new Anchor { Event = anchor }, Within = within.Value },
            Source = DraftContext.Span(p.Source(s)),
            Confidence = DraftContext.Confidence(ConfidenceLevel.High, "the duty, its period and the event it counts from are printed in one sentence"),
        };
    }

    public static string Words(SpanUnit unit) => unit switch
    {
        SpanUnit.WorkingDays => "working days",
        SpanUnit.CalendarDays => "calendar days",
        _ => unit.ToString().ToLowerInvariant(),
    };
}
