import { useState } from "react";
import { api, type Contract } from "../api";
import { todayInShanghai } from "../format";
import { t, useLang } from "../i18n";
import { Empty, useLoad } from "./ui";
import { SignOff } from "./SignOff";
import type { WaitingStatement } from "../waiting";
import { partyName } from "./factLabels";
import { formatDateTime } from "../format";
import { SectionState } from "./sectionState";

type StatementMonth = WaitingStatement;

/** The month before `month` (yyyy-MM). */
const previousMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

/** Every month from `first` to `last` (yyyy-MM), newest first. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = last; m >= first && months.length < 1200; m = previousMonth(m)) months.push(m);
  return months;
}

/**
 * Monthly statements as .xlsx (figures and 大写), downloaded straight from the gateway with the session cookie: the
 * issued months, and any month of the term that has ended by the server's today (the gateway generates it on
 * request). The picker offers exactly those months: none before the term, none after it, none not yet over. The same
 * month opens as an A4 PDF or a print view in a new tab, to print, sign and stamp.
 */
export function StatementsSection({ contract, canSign = false, side = null }: { contract: Contract; canSign?: boolean; side?: "institution" | "vendor" | null }) {
  const lang = useLang();
  const path = `/api/contracts/${encodeURIComponent(contract.id)}/statements`;
  const { data, error, loading, reload } = useLoad(() => api.getAll<StatementMonth>(path), contract.id);
  const lastEnded = previousMonth(todayInShanghai().slice(0, 7));
  const termEnd = contract.end.slice(0, 7);
  const months = monthsBetween(contract.start.slice(0, 7), lastEnded < termEnd ? lastEnded : termEnd);
  const [month, setMonth] = useState(months[0] ?? "");
  const [signing, setSigning] = useState<string | null>(null);
  const [signed, setSigned] = useState("");
  return (
    <section className="card" aria-labelledby="statements-title" data-testid="statements">
      <h2 id="statements-title">{t("月度对账单")}</h2>
      {months.length === 0 ? <p className="empty">{t("本合同尚无已结束的月份")}</p> : (
        <div className="field inline">
          <label htmlFor="statement-month">{t("月份")}</label>
          <select id="statement-month" value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
          <a className="button" href={`${path}/${month}`} download data-testid="statement-download">{t("下载对账单")} {month} (.xlsx)</a>
          <a className="button" href={`${path}/${month}.pdf`} target="_blank" rel="noopener" data-testid="statement-pdf">{t("打印版")} (PDF)</a>
          <a className="button" href={`${path}/${month}.html`} target="_blank" rel="noopener" data-testid="statement-print">{t("打印预览")}</a>
        </div>
      )}
      {signed && <p className="notice" role="status">{signed}</p>}
      {!data ? <SectionState loading={loading} error={error} reload={reload} testId="statements" /> : data.length === 0 ? <Empty text={t("暂无已出具的对账单")} /> : (
        <ul className="statement-list" aria-label={t("已出具的对账单")}>
          {data.map((s) => <li key={s.month} data-statement={s.month}><a href={s.url} download>{t("月度对账单")} {s.month} (.xlsx)</a>{" "}
            {(s.signedOff ?? []).map((o) => <span key={o.party} className="muted"> · {partyName(o.party)} {o.user} {t("已签署")} {formatDateTime(o.at, lang)}</span>)}
            {s.closedAt && <span className="muted"> · {t("已关账")}</span>}
            {canSign && !s.closedAt && !(s.signedOff ?? []).some((o) => o.party === side) && (signing === s.month
              ? <SignOff contractId={contract.id} month={s.month} onClose={() => setSigning(null)} onDone={(m) => { setSigning(null); setSigned(m); reload(); }} />
              : <button type="button" onClick={() => setSigning(s.month)}>{t("签署")}</button>)}</li>)}
        </ul>
      )}
    </section>
  );
}
