import { useState, type FormEvent, type ReactNode } from "react";
import { api, ApiError, type LedgerEntry, type Session } from "../api";
import { formatDate, formatDateTime, formatMoney } from "../format";
import { serverNow } from "../serverTime";
import { t, useLang } from "../i18n";
import { ledgerKind, ledgerStatus, partyLabel } from "../labels";
import { DataList, type Column } from "../lists/DataList";
import { FormFooter, StatusBadge, serverFieldErrors } from "./ui";
import { confirmsAs, undecided as isUndecided } from "../waiting";

type Action = "confirm" | "waive" | "dispute";

/**
 * The penalty ledger with the decisions the caller's side may take: the side the contract gives the confirmation
 * confirms (C2: the vendor; C3–C5: the institution admin), an institution admin waives, a vendor disputes. A decision shows at once on its row (the page then reads the ledger again); in a what-if view (a date
 * other than today) nothing can be decided, since a decision is made now, not then.
 */
export function LedgerTable({ contractId, entries, session, onChanged, live, clauseTitle, explain }: {
  contractId: string; entries: LedgerEntry[]; session: Session; onChanged: (message: string) => void; live: boolean;
  clauseTitle: (clauseId: string) => string;
  /** The panel that explains an entry (clause, formula, facts, cap, adjustments, rights), opened from its row. */
  explain?: (entry: LedgerEntry) => ReactNode;
}) {
  const lang = useLang();
  const [open, setOpen] = useState<{ entry: LedgerEntry; action: Action } | null>(null);
  const [explained, setExplained] = useState<string | null>(null);
  const [decided, setDecided] = useState<Record<string, LedgerEntry["status"]>>({});
  // What the server said last wins once it agrees; until then the row shows the decision just made.
  const shown = entries.map((e) => (decided[e.id] && e.status !== decided[e.id] && (e.status === "proposed" || e.status === "disputed" || e.status === "accruing")
    ? { ...e, status: decided[e.id] } : e));
  const isAdmin = session.role === "institution-admin", isVendor = session.role === "vendor";
  // An entry still accruing can be decided too: its amount so far is posted and decided, later growth comes as an adjustment.
  const undecided = (e: LedgerEntry) => isUndecided(e.status);
  const mayDispute = (e: LedgerEntry) => e.status === "proposed" && (!e.disputeWindowEndsAt || Date.parse(e.disputeWindowEndsAt) > serverNow());
  // Issue 15: the side the contract gives the confirmation confirms (C2: the vendor); the institution admin waives what it is owed.
  const mayConfirm = (e: LedgerEntry) => undecided(e) && confirmsAs(session.role, e.confirmedBy);
  const columns: Column<LedgerEntry>[] = [
    { key: "clause", label: "条款", render: (e) => <>{clauseTitle(e.clauseId)}<br /><span className="muted">{formatDate(e.proposedAt, lang)}</span></>,
      sort: (e) => e.clauseId, exported: (e) => clauseTitle(e.clauseId) },
    { key: "kind", label: "类别", render: (e) => ledgerKind(e.kind), sort: (e) => e.kind, exported: (e) => ledgerKind(e.kind, "zh") },
    { key: "basis", label: "依据", className: "basis",
      render: (e) => <>{e.basis}{e.disputeWindowEndsAt && <><br /><span className="muted">{t("异议期至")} {formatDateTime(e.disputeWindowEndsAt, lang)}</span></>}</>,
      exported: (e) => e.basis },
    { key: "proposed", label: "提出日期", render: (e) => formatDate(e.proposedAt, lang), sort: (e) => e.proposedAt, exported: (e) => formatDate(e.proposedAt, "zh") },
    { key: "amount", label: "金额", className: "num", money: true, sort: (e) => e.amount, exported: (e) => e.amount,
      render: (e) => <>{formatMoney(e.amount)}{e.rangeMin !== null && e.rangeMax !== null && <><br /><span className="muted">{formatMoney(e.rangeMin)} – {formatMoney(e.rangeMax)}</span></>}</> },
    { key: "status", label: "状态", render: (e) => <StatusBadge kind={e.status} label={ledgerStatus(e.status)} />, sort: (e) => e.status,
      exported: (e) => ledgerStatus(e.status, "zh") },
    { key: "actions", label: "操作", className: "actions", render: (e) => <>
      {explain && <button type="button" aria-expanded={explained === e.id} data-testid="explain"
        onClick={() => setExplained(explained === e.id ? null : e.id)}>{t("说明")}</button>}
      {live && <>
      {mayConfirm(e) && <button type="button" onClick={() => setOpen({ entry: e, action: "confirm" })}>{t("确认")}</button>}
      {isAdmin && undecided(e) && <button type="button" onClick={() => setOpen({ entry: e, action: "waive" })}>{t("免除")}</button>}
      {isVendor && mayDispute(e) && <button type="button" onClick={() => setOpen({ entry: e, action: "dispute" })}>{t("异议")}</button>}
      </>}
    </> },
  ];
  return (
    <DataList id="ledger" label="违约金台账" rows={shown} rowKey={(e) => e.id} rowAttributes={(e) => ({ "data-entry": e.id })}
      columns={columns} exportName={`${contractId}-违约金台账`} empty={t("暂无违约金")}
      searchText={(e) => `${clauseTitle(e.clauseId)} ${e.basis}`} due={(e) => e.proposedAt}
      filters={[
        { key: "status", label: "状态", value: (e) => e.status, optionLabel: (s) => ledgerStatus(s as LedgerEntry["status"]) },
        { key: "clause", label: "条款", value: (e) => e.clauseId, optionLabel: clauseTitle },
        { key: "party", label: "支付方", value: (e) => e.payer, optionLabel: (p) => partyLabel(p) },
      ]}
      below={(e) => (explained === e.id || open?.entry.id === e.id) && <>
        {explained === e.id && explain?.(e)}
        {open?.entry.id === e.id && (
          <DecisionForm contractId={contractId} {...open} onClose={() => setOpen(null)}
            onDone={(m, status) => { setDecided((d) => ({ ...d, [e.id]: status })); setOpen(null); onChanged(m); }} />
        )}
      </>} />
  );
}

function DecisionForm({ contractId, entry, action, onClose, onDone }: {
  contractId: string; entry: LedgerEntry; action: Action; onClose: () => void; onDone: (message: string, status: LedgerEntry["status"]) => void;
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
      onDone(t({ confirm: "已确认该违约金", waive: "已免除该违约金", dispute: "已提出异议" }[action]),
        ({ confirm: "confirmed", waive: "waived", dispute: "disputed" } as const)[action]);
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(serverFieldErrors(e, { amount: t("金额须在区间内"), reason: t("请填写原因") }));
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
