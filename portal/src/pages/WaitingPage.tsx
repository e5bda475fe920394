import { useState } from "react";
import type { Session } from "../api";
import { SignOff } from "../components/SignOff";
import { AnswerForm, subjectOf } from "../components/FactsSection";
import { factTypeLabel, partyName } from "../components/factLabels";
import { ErrorBox, Link, Loading, StatusBadge, useLoad } from "../components/ui";
import { formatDateTime, formatMoney } from "../format";
import { t, useLang } from "../i18n";
import { ledgerStatus } from "../labels";
import { loadWaiting, refreshWaitingCount, waitingCount, type WaitingForContract } from "../waiting";

type Open = { key: string; action: "acknowledge" | "dispute" | "sign" };

/**
 * 待我处理: per contract, the other side's facts to acknowledge or dispute (answered here, with the same confirmation
 * as on the contract page), the ledger entries this side confirms (decided on the contract page, beside the
 * explanation of each amount) and the statements this side signs off.
 */
export function WaitingPage({ session }: { session: Session }) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState("");
  const { data, error, loading, reload } = useLoad(() => loadWaiting(session), `waiting${version}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;
  const done = (message: string) => { setNotice(message); setOpen(null); setVersion((v) => v + 1); void refreshWaitingCount(session); };
  const withItems = data.filter((c) => c.facts.length + c.entries.length + c.statements.length > 0);
  return (
    <div className="page">
      <h1>{t("待我处理")} <span className="count" data-testid="waiting-total">{waitingCount(data)}</span></h1>
      {notice && <p className="notice" role="status">{notice}</p>}
      {withItems.length === 0 && <p className="empty">{t("没有等待您处理的事项")}</p>}
      {withItems.map((c: WaitingForContract) => (
        <section key={c.contract.id} className="card" aria-labelledby={`waiting-${c.contract.id}`} data-contract={c.contract.id}>
          <h2 id={`waiting-${c.contract.id}`}><Link href={`/contracts/${encodeURIComponent(c.contract.id)}`}>{c.contract.title}</Link></h2>
          {c.facts.length > 0 && <>
            <h3>{t("待确认的事实")} ({c.facts.length})</h3>
            <ul className="waiting-list">
              {c.facts.map((r) => {
                const key = `fact:${c.contract.id}:${r.fact.id}`;
                return (
                  <li key={key} data-fact={r.fact.id}>
                    {factTypeLabel(r.fact.type)}「{subjectOf(r, c.obligations)}」 · {t("发生")} {formatDateTime(r.fact.occurredAt, lang)}
                    {r.fact.reporter && <> · {partyName(r.fact.reporter.party)} {r.fact.reporter.user}</>}
                    {r.deemedAt && <span className="muted"> · {t("未答复将于")} {formatDateTime(r.deemedAt, lang)} {t("视为确认")}</span>}
                    <div className="toolbar">
                      <button type="button" onClick={() => setOpen({ key, action: "acknowledge" })}>{t("确认属实")}</button>
                      <button type="button" onClick={() => setOpen({ key, action: "dispute" })}>{t("异议")}</button>
                    </div>
                    {open?.key === key && open.action !== "sign" && (
                      <AnswerForm contractId={c.contract.id} record={r} subject={subjectOf(r, c.obligations)}
                        action={open.action} onClose={() => setOpen(null)} onDone={done} />
                    )}
                  </li>
                );
              })}
            </ul>
          </>}
          {c.entries.length > 0 && <>
            <h3>{t("待确认的违约金")} ({c.entries.length})</h3>
            <ul className="waiting-list">
              {c.entries.map(({ entry, adjustmentId, amount }) => (
                <li key={adjustmentId ?? entry.id} data-entry={adjustmentId ?? entry.id}>
                  {adjustmentId ? `${t("调整")} ` : ""}{entry.basis} · <strong>{formatMoney(amount)}</strong>{" "}
                  <StatusBadge kind={entry.status} label={ledgerStatus(entry.status)} />{" "}
                  <Link href={`/contracts/${encodeURIComponent(c.contract.id)}`}>{t("去处理")}</Link>
                </li>
              ))}
            </ul>
          </>}
          {c.statements.length > 0 && <>
            <h3>{t("待签署的对账单")} ({c.statements.length})</h3>
            <ul className="waiting-list">
              {c.statements.map((s) => {
                const key = `statement:${c.contract.id}:${s.month}`;
                return (
                  <li key={key} data-statement={s.month}>
                    <a href={s.url} download>{t("月度对账单")} {s.month}</a>{" "}
                    {open?.key === key ? <SignOff contractId={c.contract.id} month={s.month} onClose={() => setOpen(null)} onDone={done} />
                      : <button type="button" onClick={() => setOpen({ key, action: "sign" })}>{t("签署")}</button>}
                  </li>
                );
              })}
            </ul>
          </>}
        </section>
      ))}
    </div>
  );
}

