using System.Text.RegularExpressions;
using VendorGrid.Domain.Contracts.Definition;
using W = VendorGrid.Domain.Drafting.PenaltyWords;

namespace VendorGrid.Domain.Drafting;

/// <summary>
/// 违约责任: reads each paragraph's sentences into penalty clauses. A sentence with a rate or amount and a penalty
/// word starts a clause (unit: 每逾期一日 per day, 每延期2天 per period, 按次/人 per person and occurrence, 按次/天/人
/// per person-day, 1%-5% a range; base: the words just before the rate); the sentences after it add a cap
/// (最高限额/最多不超过), an escalation (累计达到10日 / 达到最高限额后), a duration tier (超过24小时，每增加12小时)
/// or a termination right (有权解除合同). Interest on the client's late payment picks up its preconditions (两次书面提醒，
/// 间隔不少于一周). A termination right with no money is a termination-right clause (a force-majeure one when 不可抗力…
/// 持续N日以上). A rectification period before the clause (整改期限内, 合理期限内整改, 宽限期内) makes it rectification-first;
/// a refund (退还已支付的全部费用, 已支付但未履行期间的费用) goes alongside the 违约金 of its sentence or stands alone;
/// 承担处置费用 is costs as incurred; 超过15日…视为放弃 stops a daily charge. What it cannot read goes to unrecognized,
/// never into a guessed rule.
/// </summary>
internal static partial class PenaltyReader
{
    [GeneratedRegex(@"下列(?:情形|情况|行为)之一")]
    private static partial Regex ListLeadIn();

    [GeneratedRegex(@"^[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]")]
    private static partial Regex ListItem();

    public static List<PenaltyDraft> Read(DraftContext context, Func<Paragraph, Range, string?> localObligation)
    {
        var all = new List<PenaltyDraft>();
        var listTermination = false;
        foreach (var p in context.Text.Paragraphs)
        {
            if (listTermination && ListItem().IsMatch(p.Text) && !W.Penalty().IsMatch(p.Text))
            {
                all.Add(TerminationOnly(context, p, p.Sentences[0], ObligationParty.Vendor));
                foreach (var s in p.Sentences) context.Use(p, s);
                continue;
            }
            listTermination = ListLeadIn().IsMatch(p.Text) && W.TerminationRight().IsMatch(p.Text) && p.Text.TrimEnd().EndsWith(':');
            if (listTermination) { foreach (var s in p.Sentences) context.Use(p, s); continue; }
            all.AddRange(ReadParagraph(context, p, localObligation));
        }
        return all;
    }

    private static List<PenaltyDraft> ReadParagraph(DraftContext context, Paragraph p, Func<Paragraph, Range, string?> localObligation)
    {
        var clauses = new List<PenaltyDraft>();
        PenaltyDraft? current = null;
        TextRange? lead = null;
        var leads = new List<Range>();
        var reminders = 0;
        Span? gap = null;
        foreach (var s in p.Sentences)
        {
            if (context.IsRejected(p, s)) continue;
            var text = p.Text[s];
            var (offset, _) = s.GetOffsetAndLength(p.Text.Length);
            var where = p.Source(s);
            var termination = W.TerminationRight().Match(text);
            if (W.Reminders().Match(text) is { Success: true } r)
            {
                reminders = r.Groups["n"].Value is "两" or "二" ? 2 : (int)(Quantities.Number(r.Groups["n"].Value) ?? 0);
                if (W.ReminderGap().Match(text) is { Success: true } g) gap = Quantities.Spans(g.Groups["span"].Value).Select(x => (Span?)x.Value).FirstOrDefault();
                lead = lead?.Union(where) ?? where;
                context.Use(p, s);
                if (!Quantities.Rates(text).Any()) continue;
            }
            if (current is not null && W.Tiers().Match(text) is { Success: true } tier && current.Amount is not null)
            {
                clauses.Add(Tiered(current, tier, text, where));
                context.Use(p, s);
                continue;
            }
            if (current is not null && Escalation(context, p, s, current, termination)) continue;
            if (current is not null && W.Abandoned().Match(text) is { Success: true } abandoned) AccruesUntilAbandoned(context, p, s, current, abandoned);

            var money = Money(text, out var capAt);
            if (current is not null && capAt >= 0 && ReadCap(text, capAt, current)) context.Use(p, s);
            if (money.Count == 0)
            {
                if (W.Cumulative().Match(text) is { Success: true } count && count.Groups["unit"].Value == "次")
                    context.Reject(p, s, "a threshold on a count of occurrences (累计…次) is not supported yet");
                else if (W.Refund().Match(text) is { Success: true } refund)
                {
                    var clause = Refund(p, where, refund, text);
                    clause.TerminationRight = termination.Success;
                    clause.Doubt(ConfidenceLevel.Medium, "a refund with no other amount: charged on an occurrence the institution records");
                    clauses.Add(RectificationFirst(p, s, clause));
                    context.Use(p, s);
                }
                else if (W.IncurredCosts().Match(text) is { Success: true } costs)
                {
                    clauses.Add(RectificationFirst(p, s, Incurred(p, where, costs, text)));
                    context.Use(p, s);
                }
                else if (termination.Success)
                {
                    if (current is not null) foreach (var c in clauses) { c.TerminationRight = true; c.Source = c.Source.Union(where); }
                    else clauses.Add(RectificationFirst(p, s, TerminationOnly(context, p, s, PayerOf(text, termination.Index).First())));
                    context.Use(p, s);
                }
                else if (Regex.IsMatch(text, "扣除|扣回") && Regex.IsMatch(text, "应付|未付|支付给乙方"))
                    context.Use(p, s);  // set-off of confirmed penalties against payments is built into the format
                else if (W.Penalty().IsMatch(text) && !W.Reference().IsMatch(text) && capAt < 0 && text.Length >= 20)
                {
                    lead = lead?.Union(where) ?? where;
                    leads.Add(s);
                    if (text.Contains("违约金")) context.Unrecognize(p, s, "a penalty without an amount or rate that can be computed");
                }
                continue;
            }
            if (current is not null && (current.Amount ?? current.Min) is not null && termination.Success && money[0].Start > termination.Index)
            {
                current.OnTermination = money[0].Rule;
                current.TerminationRight = true;
                current.Source = current.Source.Union(where);
                current.Doubt(ConfidenceLevel.Medium, "the amount after the termination right is read as owed only if the institution terminates");
                context.Use(p, s);
                continue;
            }
            var created = Create(context, p, s, offset, money, termination, lead, localObligation);
            if (created.Count == 0) continue;
            foreach (var c in created) RectificationFirst(p, s, c);
            clauses.AddRange(created);
            current = created[0];
            if (capAt >= 0) foreach (var c in created) ReadCap(text, capAt, c);
            lead = null;
            foreach (var l in leads) context.Use(p, l);
            leads.Clear();
            context.Use(p, s);
        }
        foreach (var c in clauses.Where(c => c.Trigger == PenaltyTrigger.PaymentLate && reminders > 0))
            c.Preconditions = (c.Preconditions ?? new InterestPreconditions()) with { Reminders = reminders, MinimumGap = gap };
        StartsAfterDue(context, p, clauses);
        return clauses;
    }

    private sealed record MoneyTerm(AmountRule Rule, int Start, AmountRule? Max = null, string? Note = null, bool BaseNamed = true);

    /// <summary>Rates and amounts of a sentence, leaving out the one a cap phrase names (its index in <paramref name="capAt"/>).</summary>
    private static List<MoneyTerm> Money(string text, out int capAt)
    {
        var cap = W.Cap().Match(text);
        capAt = cap.Success ? cap.Index : -1;
        var capEnd = cap.Success ? cap.Index + cap.Length + 16 : -1;
        var terms = new List<MoneyTerm>();
        foreach (Match m in W.Range().Matches(text))
        {
            var percent = m.Groups["bp"].Value == "%";
            var a = decimal.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var b = decimal.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var (amountBase, note, named) = W.BaseBefore(text, m.Index);
            terms.Add(percent
                ? new MoneyTerm(new AmountRule { Rate = a / 100m, Base = amountBase ?? AmountBase.ContractTotal }, m.Index, new AmountRule { Rate = b / 100m, Base = amountBase ?? AmountBase.ContractTotal }, note, named)
                : new MoneyTerm(new AmountRule { Amount = a }, m.Index, new AmountRule { Amount = b }));
        }
        bool InRange(int at) => terms.Any(t => t.Max is not null && at >= t.Start && at < t.Start + 24 && text.IndexOfAny(['%', '元'], t.Start) >= at);
        foreach (var rate in Quantities.Rates(text))
        {
            if (InRange(rate.Start) || (capAt >= 0 && rate.Start > capAt && rate.Start < capEnd)) continue;
            var (amountBase, note, named) = W.BaseBefore(text, rate.Start);
            terms.Add(new MoneyTerm(new AmountRule { Rate = rate.Value, Base = amountBase ?? AmountBase.ContractTotal }, rate.Start, Note: note, BaseNamed: named && amountBase is not null));
        }
        foreach (var amount in Quantities.Money(text).Concat(Quantities.CapitalMoney(text)))
        {
            if (InRange(amount.Start) || (capAt >= 0 && amount.Start > capAt && amount.Start < capEnd)) continue;
            terms.Add(new MoneyTerm(new AmountRule { Amount = amount.Value }, amount.Start));
        }
        return [.. terms.OrderBy(t => t.Start)];
    }

    private static bool ReadCap(string text, int capAt, PenaltyDraft clause)
    {
        var after = text[capAt..];
        var rate = Quantities.Rates(after).FirstOrDefault();
        var amount = Quantities.Money(after).FirstOrDefault();
        var inherited = clause.Amount?.Base ?? AmountBase.ContractTotal;
        if (rate.End > 0 && rate.Start < 24)
        {
            var (named, _, isNamed) = W.BaseBefore(after, rate.Start);
            var capBase = isNamed && named is not null ? named.Value : inherited;
            if (!isNamed) clause.Doubt(ConfidenceLevel.Medium, "the cap names no base: the base of the rate it caps (DOMAIN §2)");
            var scope = capBase switch
            {
                AmountBase.LineItem when clause.Amount is { Base: AmountBase.LineItem, LineItem: null } => CapScope.LineItem,
                AmountBase.LineItem or AmountBase.UnpaidAmount => CapScope.Trigger,
                _ => CapScope.Clause,
            };
            clause.Cap = new CapRule { Rate = rate.Value, Base = capBase, Scope = scope };
            return true;
        }
        if (amount.End > 0 && amount.Start < 24) { clause.Cap = new CapRule { Amount = amount.Value }; return true; }
        return false;
    }

    /// <summary>
    /// A clause whose paragraph, up to its sentence, gives a rectification period (在甲方确认的整改期限内未能完成补救,
    /// 未在合理期限内整改的, 宽限期内仍然无法完成) charges only when that period ends unrectified.
    /// </summary>
    private static PenaltyDraft RectificationFirst(Paragraph p, Range s, PenaltyDraft clause)
    {
        var (offset, length) = s.GetOffsetAndLength(p.Text.Length);
        if (W.Rectification().Match(p.Text[..(offset + length)]) is not { Success: true } period) return clause;
        clause.RectificationFirst = true;
        clause.Doubt(ConfidenceLevel.High, $"rectification first ({period.Value}): charged, not on an occurrence, once the period an objection sets ends unrectified");
        return clause;
    }

    /// <summary>A daily charge on belongings left behind stops when they are deemed abandoned (若超过15日…视为放弃所有权).</summary>
    private static void AccruesUntilAbandoned(DraftContext context, Paragraph p, Range s, PenaltyDraft current, Match abandoned)
    {
        if (current is not { Shape: PenaltyShape.PerDay, Trigger: PenaltyTrigger.Late }) return;
        current.AccruesFor = W.SpanOf(abandoned.Groups["n"].Value, abandoned.Groups["unit"].Value);
        current.Source = current.Source.Union(p.Source(s));
        current.Doubt(ConfidenceLevel.High, $"charged for at most {current.AccruesFor?.N} days of each lateness: then the belongings are deemed abandoned");
        context.Use(p, s);
    }

    /// <summary>退还已支付的全部费用: 100 % of what was paid; 退还已支付但未履行期间的费用: 100 % of what was paid beyond the share earned.</summary>
    private static PenaltyDraft Refund(Paragraph p, TextRange where, Match refund, string text)
    {
        var unearned = refund.Groups["unearned"].Success;
        var clause = new PenaltyDraft(p, where)
        {
            Amount = new AmountRule { Rate = 1m, Base = unearned ? AmountBase.UnearnedPayments : AmountBase.PaidAmount },
            Payer = ObligationParty.Vendor,
            Summary = Summarize(text),
        };
        clause.Doubt(ConfidenceLevel.Medium, unearned
            ? $"{refund.Value}: 100 % of the payments beyond the pro-rata share of the days served (unearned-payments)"
            : $"{refund.Value}: 100 % of the amount paid by the occurrence (paid-amount)");
        return clause;
    }

    /// <summary>要求乙方承担处置费用: costs as incurred; each occurrence carries the amount.</summary>
    private static PenaltyDraft Incurred(Paragraph p, TextRange where, Match costs, string text)
    {
        var clause = new PenaltyDraft(p, where) { Shape = PenaltyShape.Incurred, Payer = ObligationParty.Vendor, Summary = Summarize(text) };
        clause.Doubt(ConfidenceLevel.Medium, $"{costs.Groups["kind"].Value}费用 with no amount printed: costs as incurred, each occurrence carries the amount");
        return clause;
    }

    private static bool Escalation(DraftContext context, Paragraph p, Range s, PenaltyDraft current, Match termination)
    {
        var text = p.Text[s];
        var cumulative = W.Cumulative().Match(text);
        var atCap = Regex.IsMatch(text, "达到(?:最高限额|上限|限额)");
        if (!cumulative.Success && !atCap) return false;
        if (cumulative.Success && cumulative.Groups["unit"].Value == "次")
        {
            context.Unrecognize(p, s, "a threshold on a count of occurrences (累计…次) is not supported yet");
            return true;
        }
        var money = Money(text, out _);
        var escalation = new EscalationRule
        {
            AtCap = atCap && current.Cap is not null,
            AtLateDays = cumulative.Success ? (int?)Quantities.Number(cumulative.Groups["n"].Value) : null,
            TerminationRight = termination.Success,
        };
        if (money.Count > 0 && (!termination.Success || money[0].Start < termination.Index || cumulative.Success))
            escalation = escalation with { OneTime = money[0].Rule };
        else if (money.Count > 0)
        {
            current.OnTermination = money[0].Rule;
            current.Doubt(ConfidenceLevel.Medium, "the amount after the termination right is read as owed only if the institution terminates");
        }
        if (!escalation.AtCap && escalation.AtLateDays is null) return false;
        current.Escalation = escalation;
        current.Source = current.Source.Union(p.Source(s));
        context.Use(p, s);
        return true;
    }

    private static PenaltyDraft Tiered(PenaltyDraft basis, Match tier, string text, TextRange where)
    {
        var extra = Money(text, out _).FirstOrDefault();
        var clause = new PenaltyDraft(basis.Paragraph, basis.Source.Union(where))
        {
            Shape = PenaltyShape.DurationTiered,
            Trigger = PenaltyTrigger.Outage,
            Amount = basis.Amount,
            Threshold = W.SpanOf(tier.Groups["n"].Value, "小时"),
            Step = W.SpanOf(tier.Groups["m"].Value, "小时"),
            PerStep = extra?.Rule ?? basis.Amount,
            Payer = basis.Payer,
            Summary = "中止运行: per occurrence, plus a step amount for each completed step beyond the threshold",
        };
        clause.Doubt(ConfidenceLevel.Medium, "the per-occurrence amount and the duration steps are combined for outages (the trigger is an outage fact)");
        return clause;
    }

    private static List<PenaltyDraft> Create(DraftContext context, Paragraph p, Range s, int offset, List<MoneyTerm> money, Match termination,
        TextRange? lead, Func<Paragraph, Range, string?> localObligation)
    {
        var text = p.Text[s];
        var where = p.Source(s);
        if (!W.Penalty().IsMatch(text) && !(Regex.IsMatch(text, "支付|承担") && (W.PerDayWord().IsMatch(text) || W.PerUnit().IsMatch(text))))
            return [];
        var first = money[0];
        if (first.Rule.Rate is not null && first.Note is { } note && first.Rule.Base == AmountBase.ContractTotal && first.BaseNamed is false && note.Contains("not supported"))
        {
            context.Unrecognize(p, s, note);
            return [];
        }
        var clause = new PenaltyDraft(p, lead?.Union(where) ?? where) { Summary = Summarize(text) };
        if (first.Max is not null)
            (clause.Shape, clause.Min, clause.Max) = (PenaltyShape.Range, first.Rule, first.Max);
        else
            clause.Amount = first.Rule;
        if (first.Note is { } n && n.Contains("refund") && first.Rule.Base == AmountBase.PaidAmount && W.ProRata().Match(p.Text) is { Success: true } proRata)
        {
            clause.Amount = clause.Amount! with { Base = AmountBase.UnearnedPayments };
            clause.Doubt(ConfidenceLevel.Medium, $"the sum to return is what was paid beyond the share earned ({proRata.Value}): unearned-payments");
        }
        else if (first.Note is { } note2) clause.Doubt(note2.Contains("refund") ? ConfidenceLevel.Low : ConfidenceLevel.Medium, note2);
        if (first.Rule.Rate is not null && !first.BaseNamed && first.Note is null)
            clause.Doubt(ConfidenceLevel.Medium, "no base printed: a rate of the contract total (DOMAIN §2)");
        var payers = PayerOf(text, first.Start);
        clause.Payer = payers.Length == 1 ? payers[0] : ObligationParty.Vendor;
        Unit(context, p, s, text, clause, localObligation);
        if (termination.Success)
        {
            clause.TerminationRight = true;
            if (termination.Index < first.Start)
                clause.Doubt(ConfidenceLevel.Medium, "the amount follows the termination right: read as owed on the breach itself (if owed only on termination, move it to onTermination)");
        }
        var created = new List<PenaltyDraft>();
        foreach (var payer in payers) created.Add(payers.Length == 1 ? clause : clause.Copy(payer));
        if (payers.Length > 1) foreach (var c in created) c.Doubt(ConfidenceLevel.Medium, "written for either party (一方/违约方): drafted once for each");
        if (W.Refund().Match(text) is { Success: true } refundWords)
        {
            var refund = Refund(p, clause.Source, refundWords, text);
            if (created[0] is { Trigger: PenaltyTrigger.Occurrence, Shape: not PenaltyShape.TerminationRight } beside)
            {
                refund.Alongside = beside;
                refund.Doubt(ConfidenceLevel.Medium, "owed on the same breach: charged alongside the 违约金 of the sentence");
            }
            else refund.Doubt(ConfidenceLevel.Medium, "owed on the same breach, which the institution records as an occurrence of the refund too");
            created.Add(refund);
        }
        return created;
    }

    /// <summary>Shape and trigger from the unit words of the sentence.</summary>
    private static void Unit(DraftContext context, Paragraph p, Range s, string text, PenaltyDraft clause, Func<Paragraph, Range, string?> localObligation)
    {
        if (clause.Shape == PenaltyShape.Range) return;
        Match m;
        if (W.PerPersonDay().IsMatch(text)) clause.Shape = PenaltyShape.PerPersonDay;
        else if (W.PerPersonOccurrence().IsMatch(text)) (clause.Shape, clause.PerPerson) = (PenaltyShape.PerOccurrence, true);
        else if ((m = W.PerUnit().Match(text)).Success && Quantities.Number(m.Groups["n"].Value) is { } n)
        {
            if (n == 1 && m.Groups["unit"].Value is "日" or "天" or "工作日")
                (clause.Shape, clause.Period) = (PenaltyShape.PerDay, null);
            else (clause.Shape, clause.Period) = (PenaltyShape.PerPeriod, W.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value));
            if (m.Groups["unit"].Value == "工作日" && clause.Shape == PenaltyShape.PerDay) clause.Doubt(ConfidenceLevel.Medium, "per working day");
        }
        else if (W.PerDayWord().IsMatch(text)) clause.Shape = PenaltyShape.PerDay;
        else clause.Shape = PenaltyShape.PerOccurrence;

        var clientPays = clause.Payer == ObligationParty.Client;
        var late = Regex.IsMatch(text, "逾期|延期|推迟|迟延|延迟|拖延|未按(?:时|期)?");
        if (clientPays && late && Regex.IsMatch(p.Text, "付款|支付|付清"))
        {
            clause.Trigger = PenaltyTrigger.PaymentLate;
            if (clause.Shape == PenaltyShape.PerDay && clause.Amount?.Base == AmountBase.UnpaidAmount) clause.Shape = PenaltyShape.Interest;
        }
        else if (clause.Shape == PenaltyShape.PerPersonDay && Regex.IsMatch(p.Text, "空缺|补充|补齐|到岗|缺岗|离职"))
        {
            clause.Trigger = PenaltyTrigger.Vacancy;
            if (Regex.Match(p.Text, @"超过(?<n>\d+|[一二两三四五六七八九十]+)个?(?<unit>工作日|日|天)") is { Success: true } grace)
                clause.Grace = W.SpanOf(grace.Groups["n"].Value, grace.Groups["unit"].Value);
        }
        else if (clause.Shape is PenaltyShape.PerDay or PenaltyShape.PerPeriod && late)
        {
            var previous = p.Sentences.TakeWhile(x => !x.Equals(s)).Reverse().Append(s);
            if (previous.Select(x => localObligation(p, x)).FirstOrDefault(o => o is not null) is { } obligation)
            {
                clause.Trigger = PenaltyTrigger.Late;
                clause.Obligations.Add(obligation);
            }
            else clause.Doubt(ConfidenceLevel.Medium, "no single deadline named: an occurrence reports the days late");
        }
        if (W.LateThreshold().Match(text) is { Success: true } threshold && clause.Grace is null)
            clause.Grace = W.SpanOf(threshold.Groups["n"].Value, threshold.Groups["unit"].Value);
    }

    private static PenaltyDraft TerminationOnly(DraftContext context, Paragraph p, Range s, ObligationParty payer)
    {
        var text = p.Text[s];
        var clause = new PenaltyDraft(p, p.Source(s))
        {
            Shape = PenaltyShape.TerminationRight, TerminationRight = true, Payer = payer, Summary = Summarize(text),
        };
        if (W.ForceMajeure().Match(text) is { Success: true } force && W.SpanOf(force.Groups["n"].Value, force.Groups["unit"].Value) is { Unit: SpanUnit.CalendarDays } lasting)
        {
            (clause.Trigger, clause.Threshold) = (PenaltyTrigger.ForceMajeure, lasting);
            clause.Doubt(ConfidenceLevel.Medium, $"a termination right once force majeure lasts {lasting.N} days or more (不可抗力…持续…以上): the force-majeure fact gives it");
            return clause;
        }
        clause.Doubt(ConfidenceLevel.Medium, "a termination right without money: the trigger (an occurrence) is recorded by the institution");
        if ((W.LateThreshold().Match(text) is { Success: true } late ? late : W.CureLimit().Match(text)) is { Success: true } threshold)
            clause.Doubt(ConfidenceLevel.Medium, $"the threshold ({threshold.Value}) is met when the occurrence is recorded, once that time has passed");
        if (PayerOf(text, text.Length).Length > 1) clause.Doubt(ConfidenceLevel.Medium, "written for either party (一方/违约方): drafted for the vendor");
        return clause;
    }

    /// <summary>
    /// Who pays: 向乙方支付 / 乙方加罚甲方 / 甲方逾期付款 → the client; 一方…向对方, 违约方, 甲乙双方 → both; otherwise the vendor.
    /// </summary>
    private static ObligationParty[] PayerOf(string text, int at)
    {
        var start = at >= text.Length ? 0 : Math.Max(0, text.LastIndexOfAny([',', '，', ';', '；'], Math.Clamp(at, 0, text.Length - 1)) + 1);
        var end = at >= text.Length ? text.Length : text.IndexOfAny([',', '，', ';', '；', '。'], Math.Clamp(at, 0, text.Length - 1)) is var e and >= 0 ? e : text.Length;
        var head = text[start..end];
        if (Regex.IsMatch(head, "向乙方(?:支付|承担|赔偿)|支付给乙方|加罚甲方|罚甲方|甲方(?:应)?(?:逾期|延期|迟延|未按)[^,，]{0,12}(?:付款|支付)|甲方同意乙方")) return [ObligationParty.Client];
        if (Regex.IsMatch(head, "任何一方|任一方|一方|违约方|守约方|甲乙双方|双方均|另一方|对方") && !Regex.IsMatch(head, "乙方(?:应|需|须|并|按|同意)|向甲方"))
            return [ObligationParty.Vendor, ObligationParty.Client];
        if (Regex.IsMatch(head, "^乙方有权|乙方可")) return [ObligationParty.Client];
        return [ObligationParty.Vendor];
    }

    /// <summary>
    /// Interest that starts N days after acceptance (在项目验收合格30天后) waits after each payment due on acceptance;
    /// one counted from signing (合同签订30天后) has no place in the format and is listed as unrecognized.
    /// </summary>
    private static void StartsAfterDue(DraftContext context, Paragraph p, List<PenaltyDraft> clauses)
    {
        var late = clauses.Where(c => c.Trigger == PenaltyTrigger.PaymentLate).ToList();
        if (late.Count == 0) return;
        var m = Regex.Match(p.Text, @"(?<anchor>验收合格|验收|签订|签署|生效)(?<n>\d+|[一二两三四五六七八九十]+)(?<unit>个工作日|工作日|日|天)后");
        if (!m.Success) return;
        var anchor = Anchors.EventOf(m.Groups["anchor"].Value.Replace("合格", ""));
        if (anchor == "accepted")
        {
            foreach (var c in late)
            {
                c.Preconditions = (c.Preconditions ?? new InterestPreconditions()) with { StartsAfterDue = W.SpanOf(m.Groups["n"].Value, m.Groups["unit"].Value.TrimStart('个')) };
                c.Payments.Add("@accepted");
            }
            return;
        }
        var sentence = p.Sentences.First(x => p.Text[x].Contains(m.Value));
        context.Unrecognize(p, sentence, $"the clause applies only from {m.Value} (counted from {anchor}): the format starts interest at each payment's due date", evenIfUsed: true);
    }

    private static string Summarize(string text) => text.Length <= 80 ? text : text[..78] + "…";
}
