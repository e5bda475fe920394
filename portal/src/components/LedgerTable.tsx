import { useState, type FormEvent } from "react";
import { api, ApiError, type LedgerEntry, type Session } from "../api";
import { formatDate, formatDateTime, formatMoney } from "../format";
import { serverNow } from "../serverTime";
import { t, useLang } from "../i18n";
import { ledgerStatus } from "../labels";
import { Empty, FormFooter, StatusBadge } from "./ui";

type Action = "confirm" | "waive" | "dispute";

/** The penalty ledger with the decisions the caller's role may take: an institution admin confirms or waives, a vendor disputes. */
export function LedgerTable({ contractId, entries, session, onChanged }: {
  contractId: string; entries: LedgerEntry[]; session: Session; onChanged: (message: string) => void;
}) {
  const lang = useLang();
  const [open, setOpen] = useState<{ entry: LedgerEntry; action: Action } | null>(null);
  if (entries.length === 0) return <Empty text={t("暂无违约金")} />;
  const isAdmin = session.role === "institution-admin", isVendor = session.role === "vendor";
  const undecided = (e: LedgerEntry) => e.status === "proposed" || e.status === "disputed";
  const mayDispute = (e: LedgerEntry) => e.status === "proposed" && (!e.disputeWindowEndsAt || Date.parse(e.disputeWindowEndsAt) > serverNow());
  return (
    <>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead><tr><th scope="col">{t("条款")}</th><th scope="col">{t("依据")}</th><th scope="col">{t("金额")}</th><th scope="col">{t("状态")}</th><th scope="col">{t("操作")}</th></tr></thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-entry={e.id}>
                <td>{e.clauseId}<br /><span className="muted">{formatDate(e.proposedAt, lang)}</span></td>
                <td className="basis">{e.basis}{e.disputeWindowEndsAt && <><br /><span className="muted">{t("异议期至")} {formatDateTime(e.disputeWindowEndsAt, lang)}</span></>}</td>
                <td className="num">{formatMoney(e.amount)}{e.rangeMin !== null && e.rangeMax !== null && <><br /><span className="muted">{formatMoney(e.rangeMin)} – {formatMoney(e.rangeMax)}</span></>}</td>
                <td><StatusBadge kind={e.status} label={ledgerStatus(e.status)} /></td>
                <td className="actions">
                  {isAdmin && undecided(e) && <>
                    <button type="button" onClick={() => setOpen({ entry: e, action: "confirm" })}>{t("确认")}</button>
                    <button type="button" onClick={() => setOpen({ entry: e, action: "waive" })}>{t("免除")}</button>
                  </>}
                  {isVendor && mayDispute(e) && <button type="button" onClick={() => setOpen({ entry: e, action: "dispute" })}>{t("异议")}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && <DecisionForm contractId={contractId} {...open} onClose={() => setOpen(null)} onDone={(m) => { setOpen(null); onChanged(m); }} />}
    </>
  );
}

function DecisionForm({ contractId, entry, action, onClose, onDone }: {
  contractId: string; entry: LedgerEntry; action: Action; onClose: () => void; onDone: (message: string) => void;
}) {
  useLang();
  const ranged = action === "confirm" && entry.rangeMin !== null && entry.rangeMax !== null;
  const [amount, setAmount] = useState(ranged ? String(entry.amount) : "");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const value = Number(amount);
    if (ranged && (!/^\d+(\.\d{1,2})?$/.test(amount) || value < entry.rangeMin! || value > entry.rangeMax!)) found.amount = t("金额须在区间内");
    if (action !== "confirm" && !reason.trim()) found.reason = t("请填写原因");
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api.post(`/api/contracts/${encodeURIComponent(contractId)}/ledger/${encodeURIComponent(entry.id)}/${action}`,
        { amount: ranged ? value : null, reason: reason.trim() || null });
      onDone(t({ confirm: "已确认该违约金", waive: "已免除该违约金", dispute: "已提出异议" }[action]));
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.join("；")])));
        setFailure(e.message);
      } else setFailure(String(e));
    } finally {
      setBusy(false);
    }
  }

  const title = t({ confirm: "确认", waive: "免除", dispute: "异议" }[action]);
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={`${title} ${entry.clauseId}`}>
      <h3>{title} · {entry.clauseId} · {formatMoney(entry.amount)}</h3>
      {ranged && (
        <div className="field">
          <label htmlFor="decision-amount">{t("确认金额")} ({formatMoney(entry.rangeMin!)} – {formatMoney(entry.rangeMax!)})</label>
          <input id="decision-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)}
            aria-invalid={errors.amount ? true : undefined} aria-describedby={errors.amount ? "decision-amount-error" : undefined} />
          {errors.amount && <p className="field-error" id="decision-amount-error">{errors.amount}</p>}
        </div>
      )}
      {action !== "confirm" && (
        <div className="field">
          <label htmlFor="decision-reason">{t("原因")} *</label>
          <textarea id="decision-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3}
            aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? "decision-reason-error" : undefined} />
          {errors.reason && <p className="field-error" id="decision-reason-error">{errors.reason}</p>}
        </div>
      )}
      <FormFooter failure={failure} busy={busy} onClose={onClose} />
    </form>
  );
}
