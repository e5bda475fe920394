using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>What the readers share while drafting one text: its paragraphs, the sentences already read, and findings.</summary>
internal sealed class DraftContext(ContractText text)
{
    private readonly HashSet<(int Paragraph, int Start)> used = [];
    private readonly Dictionary<(int Paragraph, int Start), (TextRange Where, string Text, string Reason)> unread = [];
    private readonly HashSet<(int Paragraph, int Start)> partlyRead = [];

    public ContractText Text { get; } = text;
    public List<DraftWarning> Warnings { get; } = [];

    public void Warn(string path, string message, TextRange? where = null) =>
        Warnings.Add(new DraftWarning(path, message, where?.Start, where?.End));

    /// <summary>Marks a sentence as read into a rule, so it is not also listed as unrecognized.</summary>
    public void Use(Paragraph p, Range sentence) => used.Add((p.Index, sentence.GetOffsetAndLength(p.Text.Length).Offset));

    private readonly HashSet<(int Paragraph, int Start)> rejected = [];

    /// <summary>A sentence the format cannot express: listed as unrecognized, and no reader drafts a rule from it.</summary>
    public void Reject(Paragraph p, Range sentence, string reason)
    {
        Unrecognize(p, sentence, reason, evenIfUsed: true);
        rejected.Add((p.Index, sentence.GetOffsetAndLength(p.Text.Length).Offset));
    }

    public bool IsRejected(Paragraph p, Range sentence) => rejected.Contains((p.Index, sentence.GetOffsetAndLength(p.Text.Length).Offset));

    public bool IsUsed(Paragraph p, Range sentence) => used.Contains((p.Index, sentence.GetOffsetAndLength(p.Text.Length).Offset));

    /// <summary>A sentence that reads like a rule the drafter cannot express; the first reason given wins.</summary>
    public void Unrecognize(Paragraph p, Range sentence, string reason, bool evenIfUsed = false)
    {
        var key = (p.Index, sentence.GetOffsetAndLength(p.Text.Length).Offset);
        if (evenIfUsed) partlyRead.Add(key);
        if (unread.ContainsKey(key)) return;
        var where = p.Source(sentence);
        unread[key] = (where, Text.Original[where.Start..where.End], reason);
    }

    public IEnumerable<UnrecognizedText> Unrecognized() =>
        unread.Where(u => !used.Contains(u.Key) || partlyRead.Contains(u.Key)).OrderBy(u => u.Value.Where.Start)
            .Select(u => new UnrecognizedText(u.Value.Where.Start, u.Value.Where.End, u.Value.Text, u.Value.Reason));

    public static SourceSpan Span(TextRange r) => new() { Start = r.Start, End = r.End };

    public static DraftConfidence Confidence(ConfidenceLevel level, string reason) => new() { Level = level, Reason = reason };
}
