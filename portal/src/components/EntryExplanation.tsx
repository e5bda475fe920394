import type { LedgerEntry, Evaluation } from "../api";
import type { FactRecord } from "../facts";
import { formatDate, formatDateTime, formatMoney } from "../format";
import { t, useLang } from "../i18n";
import { ledgerStatus } from "../labels";
import { factStatusLabel, factTypeLabel, partyName } from "./factLabels";
import { EvidenceList } from "./Evidence";
import { StatusBadge } from "./ui";

/** What the definition says of a penalty clause: its article, the contract's own words (text) or our summary, its cap and right. */
export interface ClauseOfDefinition {
  id: string; article?: string; title?: string; summary?: string; text?: string | null; terminationRight?: boolean;
  cap?: { rate?: number; amount?: number; base?: string; scope?: string };
}

/**
 * The domain's own explanation of a line, split where it is written "第八条第4款: 10 天 × 0.3% × ¥972,000.00; 上线逾期":
 * the article, the formula with its numbers, and what triggered it. The portal only shows these words; every amount
 * in them is the server's.
 */
export function splitBasis(basis: string, article?: string): { formula: string; trigger: string } {
  let rest = basis;
  if (article && rest.startsWith(`${article}: `)) rest = rest.slice(article.length + 2);
  else if (/^[^:]{1,40}: /.test(rest)) rest = rest.slice(rest.indexOf(": ") + 2);
  const cut = rest.indexOf("; ");
  return cut < 0 ? { formula: rest, trigger: "" } : { formula: rest.slice(0, cut), trigger: rest.slice(cut + 2) };
}

/** Words the cap rule of a clause says, e.g. "合同总额的 20%" or "逾期金额的 5%（每次）". */
function capWords(cap: NonNullable<ClauseOfDefinition["cap"]>): string {
  const base = ({ "contract-total": "合同总额", "unpaid-amount": "逾期未付金额", "line-item": "该项金额", "paid-amount": "已付金额", estimate: "预估金额" } as Record<string, string>)[cap.base ?? "contract-total"] ?? cap.base ?? "";
  const scope = ({ trigger: "（每次违约）", "line-item": "（每项）" } as Record<string, string>)[cap.scope ?? "clause"] ?? "";
  const amount = cap.amount !== undefined ? formatMoney(cap.amount) : `${t(base)} × ${+(cap.rate! * 100).toFixed(3)}%`;
  return `${amount}${t(scope)}`;
}

/**
 * The panel a ledger entry opens: the clause, the formula with its numbers, the facts it came from (reporter, times,
 * standing, evidence), the clause's cap and how much of it is used, the adjustments (original, each change, net) and the
 * termination rights the clause gave. The cap in yuan is the clause-wide one the page already draws (see capsOf).
 */
export function EntryExplanation({ contractId, entry, clause, facts, ledger, capAmount, rights }: {
  contractId: string; entry: LedgerEntry; clause: ClauseOfDefinition | undefined; facts: FactRecord[] | null;
  ledger: LedgerEntry[]; capAmount: number | null; rights: Evaluation["terminationRights"];
}) {
  const lang = useLang();
  const { formula, trigger } = splitBasis(entry.basis, clause?.article);
  // A cap limits a clause's accruals (an escalation is charged beside them): the share used is theirs.
  const accruals = ledger.filter((e) => e.clauseId === entry.clauseId && e.status !== "waived" && e.kind === "accrual")
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt));
  const used = accruals.reduce((sum, e) => sum + (e.net ?? e.amount), 0);
  // This line met the cap when the clause's accruals up to it sum to the cap: the server charged the cap, not the formula.
  const upToThis = accruals.slice(0, accruals.findIndex((e) => e.id === entry.id) + 1).reduce((sum, e) => sum + e.amount, 0);
  const capped = capAmount !== null && entry.kind === "accrual" && accruals.some((e) => e.id === entry.id) && Math.abs(upToThis - capAmount) < 0.005;
  const causes = facts?.filter((r) => r.fact.id === entry.cause
    || entry.adjustments?.some((a) => a.cause === r.fact.id)
    || (entry.obligationId && "obligationId" in r.fact && r.fact.obligationId === entry.obligationId)) ?? [];
  const clauseRights = rights.filter((r) => r.clauseId === entry.clauseId);
  const headingId = `explain-${entry.id}`.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <section className="card explanation" aria-labelledby={headingId} data-testid="explanation">
      <h3 id={headingId}>{t("金额说明")}</h3>
      <dl className="facts">
        <dt>{t("条款")}</dt>
        <dd data-testid="explain-clause">
          <strong>{clause?.article ?? entry.clauseId}</strong>{clause?.title && ` ${clause.title}`}
          {clause?.text
            ? <blockquote className="clause-text" lang="zh-CN" data-testid="explain-clause-text">{clause.text}</blockquote>
            : <>
              {clause?.summary && <blockquote className="clause-text" lang={/[\u4e00-\u9fff]/.test(clause.summary) ? "zh-CN" : "en"}>{clause.summary}</blockquote>}
              <p className="muted">{t("合同原文未随合同定义录入，以上为条款摘要。")}</p>
            </>}
        </dd>
        <dt>{t("计算")}</dt>
        <dd data-testid="explain-formula">
          <span className="formula">{capped ? `${formula}，${t("已达本条上限，按上限计")} ${formatMoney(entry.amount)}` : `${formula} = ${formatMoney(entry.amount)}`}</span>
          {trigger && <><br /><span className="muted">{t("触发")}: {trigger}</span></>}
          {entry.status === "accruing" && <><br /><span className="muted">{t("仍在累计，金额以服务器当日计算为准")}</span></>}
        </dd>
        <dt>{t("上限")}</dt>
        <dd data-testid="explain-cap">
          {clause?.cap ? <>{capWords(clause.cap)}{capAmount !== null && <> = {formatMoney(capAmount)}</>}</> : t("本条无上限")}
          {capAmount !== null && <><br />{t("已用")} {formatMoney(used)}（{Math.min(100, Math.round((used / capAmount) * 100))}%），{t("剩余")} {formatMoney(Math.max(0, capAmount - used))}</>}
        </dd>
        <dt>{t("金额构成")}</dt>
        <dd data-testid="explain-adjustments">
          <table className="compact">
            <tbody>
              <tr><th scope="row">{t("原始金额")}</th><td className="num">{formatMoney(entry.amount)}</td>
                <td><StatusBadge kind={entry.status} label={ledgerStatus(entry.status)} /> {formatDate(entry.postedAt ?? entry.proposedAt, lang)}</td></tr>
              {(entry.adjustments ?? []).map((a) => (
                <tr key={a.id} data-adjustment={a.id}><th scope="row">{t("调整")} {a.id.slice(a.id.lastIndexOf(":") + 1)}</th>
                  <td className="num">{formatMoney(a.amount)}</td>
                  <td><StatusBadge kind={a.status} label={ledgerStatus(a.status)} /> {formatDate(a.postedAt, lang)} · {a.basis}</td></tr>
              ))}
              <tr><th scope="row">{t("净额")}</th><td className="num"><strong>{formatMoney(entry.net ?? entry.amount)}</strong></td><td /></tr>
            </tbody>
          </table>
        </dd>
        <dt>{t("依据的事实")}</dt>
        <dd data-testid="explain-facts">
          {facts === null ? t("加载中…") : causes.length === 0
            ? (entry.cause === "time" || !entry.cause ? t("按期限自动计算：没有按时完成的记录") : entry.cause)
            : <ul className="fact-list">{causes.map((r) => (
              <li key={r.fact.id} data-fact={r.fact.id}>
                {factTypeLabel(r.fact.type)} · {t("发生")} {formatDateTime(r.fact.occurredAt, lang)} · {t("记录")} {formatDateTime(r.fact.recordedAt, lang)}
                {r.fact.reporter && <> · {partyName(r.fact.reporter.party)} {r.fact.reporter.user}</>}{" "}
                <StatusBadge kind={`fact-${r.status}`} label={factStatusLabel(r.status)} />
                {r.lateReported && <> <StatusBadge kind="late" label={t("逾期报告")} /></>}
                {r.answer?.reason && <p className="muted">{t("异议理由")}: {r.answer.reason}</p>}
                <EvidenceList contractId={contractId} factId={r.fact.id} />
              </li>))}</ul>}
        </dd>
        <dt>{t("终止权")}</dt>
        <dd data-testid="explain-rights">
          {clauseRights.length === 0 ? (clause?.terminationRight ? t("本条可产生解除权，目前尚未产生") : t("无"))
            : clauseRights.map((r) => <p key={r.clauseId + r.since}>{r.basis}（{t("自")} {formatDate(r.since, lang)}）</p>)}
        </dd>
      </dl>
    </section>
  );
}
