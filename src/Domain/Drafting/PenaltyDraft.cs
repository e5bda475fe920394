using VendorGrid.Domain.Contracts.Definition;

namespace VendorGrid.Domain.Drafting;

/// <summary>A penalty clause being assembled from the sentences of one paragraph.</summary>
internal sealed class PenaltyDraft(Paragraph paragraph, TextRange source)
{
    public Paragraph Paragraph { get; } = paragraph;
    public TextRange Source { get; set; } = source;
    public List<string> Reasons { get; } = [];
    public ConfidenceLevel Level { get; private set; } = ConfidenceLevel.High;
    public ObligationParty Payer { get; set; } = ObligationParty.Vendor;
    public bool BothParties { get; set; }
    public PenaltyShape Shape { get; set; } = PenaltyShape.PerOccurrence;
    public PenaltyTrigger Trigger { get; set; } = PenaltyTrigger.Occurrence;
    public AmountRule? Amount { get; set; }
    public AmountRule? Min { get; set; }
    public AmountRule? Max { get; set; }
    public AmountRule? PerStep { get; set; }
    public AmountRule? OnTermination { get; set; }
    public bool PerPerson { get; set; }
    public Span? Period { get; set; }
    public Span? Grace { get; set; }
    public Span? Threshold { get; set; }
    public Span? Step { get; set; }
    public CapRule? Cap { get; set; }
    public EscalationRule? Escalation { get; set; }
    public InterestPreconditions? Preconditions { get; set; }
    public bool TerminationRight { get; set; }
    public bool RectificationFirst { get; set; }
    public Span? AccruesFor { get; set; }
    /// <summary>The clause whose occurrences also charge this one (a refund beside the 违约金 of the same sentence).</summary>
    public PenaltyDraft? Alongside { get; set; }
    public List<string> Obligations { get; } = [];
    public List<string> Payments { get; } = [];
    public string Summary { get; set; } = "";

    public void Doubt(ConfidenceLevel level, string reason)
    {
        if (level > Level) Level = level;
        if (!Reasons.Contains(reason)) Reasons.Add(reason);
    }

    public PenaltyDraft Copy(ObligationParty payer)
    {
        var copy = (PenaltyDraft)MemberwiseClone();
        copy.Payer = payer;
        return copy;
    }

    public PenaltyDefinition ToDefinition(string id, string? alongside) => new()
    {
        Id = id,
        Article = Paragraph.Article.Length > 0 ? Paragraph.Article : "正文",
        Summary = Summary,
        Payer = Payer,
        Shape = Shape,
        Trigger = Trigger,
        Obligations = [.. Obligations],
        Payments = [.. Payments],
        Amount = Amount, Min = Min, Max = Max, PerStep = PerStep, OnTermination = OnTermination,
        PerPerson = PerPerson, Period = Period, Grace = Grace, Threshold = Threshold, Step = Step,
        Cap = Cap, Escalation = Escalation, Preconditions = Preconditions, TerminationRight = TerminationRight,
        RectificationFirst = RectificationFirst, AccruesFor = AccruesFor, Alongside = alongside,
        Source = DraftContext.Span(Source),
        Confidence = DraftContext.Confidence(Level, Reasons.Count == 0 ? "rate or amount, base and unit printed in the clause" : string.Join("; ", Reasons)),
    };
}
