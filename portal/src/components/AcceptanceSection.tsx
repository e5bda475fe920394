import { useState, type FormEvent } from "react";
import { api, asOfQuery, type Session } from "../api";
import { formatDateTime } from "../format";
import { freshServerInstant } from "../serverTime";
import { t, useLang } from "../i18n";
import { FormFooter, StatusBadge, serverFieldErrors, useLoad } from "./ui";
import { SectionState } from "./sectionState";

export type DocumentStatus = "pending" | "submitted" | "approved" | "rejected" | "deemed-approved";
export interface AcceptanceDocument {
  obligationId: string; index: number; name: string; status: DocumentStatus; dueAt: string | null; submittedAt: string | null;
  reviewDueAt: string | null; reviewedAt: string | null; reason: string | null;
}
export interface AcceptanceView { documents: AcceptanceDocument[]; accepted: { at: string } | null; readyForAcceptance: boolean }

const documentStatus = (s: DocumentStatus) =>
  t({ pending: "待提交", submitted: "待审核", approved: "已通过", rejected: "已退回", "deemed-approved": "视为通过" }[s] ?? s);

/**
 * The acceptance checklist (GET /api/contracts/{id}/acceptance): each document the contract names, submitted by the
 * vendor and reviewed by the institution (silence past the review deadline counts as approval), then acceptance itself.
 */
export function AcceptanceSection({ contractId, asOf, session, onChanged }: {
  contractId: string; asOf: string; session: Session; onChanged: (message: string) => void;
}) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [reviewing, setReviewing] = useState<AcceptanceDocument | null>(null);
  const [failure, setFailure] = useState("");
  const [confirming, setConfirming] = useState(false);
  const path = `/api/contracts/${encodeURIComponent(contractId)}/acceptance`;
  const { data, error, loading, reload } = useLoad(() => api.get<AcceptanceView>(`${path}${asOfQuery(asOf || null)}`), `${contractId}|${asOf}|${version}`);
  const done = (message: string) => { setReviewing(null); setFailure(""); setVersion((v) => v + 1); onChanged(message); };
  // Every step is stamped with the server's clock, read at the moment of the click.
  const act = (url: string, body: Record<string, unknown>, message: string) =>
    freshServerInstant().then((at) => api.post(url, { at, ...body })).then(() => done(message), (e: Error) => setFailure(e.message));
  const isVendor = session.role === "vendor", isInstitution = session.role === "institution-admin" || session.role === "institution-staff";
  const live = !asOf; // what-if views show, they do not act

  return (
    <section className="card" aria-labelledby="acceptance-title" data-testid="acceptance">
      <h2 id="acceptance-title">{t("验收清单")}</h2>
      {!data ? <SectionState loading={loading} error={error} reload={reload} testId="acceptance" /> : (
        <>
          {/* One sentence for where acceptance stands: a contract without documents has nothing to be "complete". */}
          <p data-testid="acceptance-state">
            {data.accepted ? `${t("已验收")} ${formatDateTime(data.accepted.at, lang)}`
              : data.documents.length === 0 ? t("本合同无需提交验收资料，可直接验收")
              : data.readyForAcceptance ? t("资料齐备，可以验收") : t("资料尚未齐备")}
          </p>
          {data.documents.length === 0 ? null : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="acceptance-title">
              <table>
                <thead><tr><th scope="col">{t("资料")}</th><th scope="col">{t("截止时间")}</th><th scope="col">{t("提交")}</th>
                  <th scope="col">{t("审核")}</th><th scope="col">{t("状态")}</th><th scope="col">{t("操作")}</th></tr></thead>
                <tbody>
                  {data.documents.map((d) => {
                    const base = `${path}/documents/${encodeURIComponent(d.obligationId)}/${d.index}`;
                    return (
                      <tr key={`${d.obligationId}:${d.index}`} data-document={`${d.obligationId}:${d.index}`}>
                        <td>{d.name}</td><td>{formatDateTime(d.dueAt, lang)}</td><td>{formatDateTime(d.submittedAt, lang)}</td>
                        <td>{formatDateTime(d.reviewedAt, lang)}{d.status === "submitted" && d.reviewDueAt && <><br /><span className="muted">{t("审核期至")} {formatDateTime(d.reviewDueAt, lang)}</span></>}
                          {d.reason && <><br /><span className="muted">{d.reason}</span></>}</td>
                        <td><StatusBadge kind={`doc-${d.status}`} label={documentStatus(d.status)} /></td>
                        <td className="actions">
                          {live && isVendor && (d.status === "pending" || d.status === "rejected") && (
                            <button type="button" onClick={() => act(`${base}/submit`, {}, t("资料已提交"))}>{t("提交资料")}</button>)}
                          {live && isInstitution && d.status === "submitted" && (
                            <button type="button" onClick={() => setReviewing(d)}>{t("审核")}</button>)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {failure && <p className="error" role="alert">{failure}</p>}
          {reviewing && <ReviewForm url={`${path}/documents/${encodeURIComponent(reviewing.obligationId)}/${reviewing.index}/review`}
            document={reviewing} onClose={() => setReviewing(null)} onDone={() => done(t("审核结果已记录"))} />}
          {live && session.role === "institution-admin" && !data.accepted && data.readyForAcceptance && (
            confirming ? (
              <div className="card decision" role="alertdialog" aria-labelledby="accept-confirm-title" aria-describedby="accept-confirm-text" data-testid="accept-confirm">
                <h3 id="accept-confirm-title">{t("确认验收")}</h3>
                <p id="accept-confirm-text">{t("验收通过后开始计算尾款等付款期限，且不能撤销。确认本合同已通过验收？")}</p>
                <div className="toolbar">
                  <button type="button" className="primary" onClick={() => { setConfirming(false); act(path, {}, t("已确认验收")); }}>{t("确认验收通过")}</button>
                  <button type="button" onClick={() => setConfirming(false)}>{t("取消")}</button>
                </div>
              </div>
            ) : <button type="button" className="primary" onClick={() => setConfirming(true)}>{t("确认验收…")}</button>
          )}
        </>
      )}
    </section>
  );
}

function ReviewForm({ url, document, onClose, onDone }: { url: string; document: AcceptanceDocument; onClose: () => void; onDone: () => void }) {
  useLang();
  const [outcome, setOutcome] = useState<"approved" | "rejected">("approved");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (outcome === "rejected" && !reason.trim()) { setErrors({ reason: t("请填写原因") }); return; }
    setErrors({});
    setBusy(true);
    try {
      await api.post(url, { at: await freshServerInstant(), outcome, reason: reason.trim() || undefined });
      onDone();
    } catch (e) {
      setErrors(serverFieldErrors(e));
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={`${t("审核")} ${document.name}`}>
      <h3>{t("审核")} · {document.name}</h3>
      <fieldset className="field">
        <legend>{t("结果")}</legend>
        <label><input type="radio" name="review-outcome" value="approved" checked={outcome === "approved"} onChange={() => setOutcome("approved")} /> {t("通过")}</label>
        <label><input type="radio" name="review-outcome" value="rejected" checked={outcome === "rejected"} onChange={() => setOutcome("rejected")} /> {t("退回")}</label>
      </fieldset>
      <div className="field">
        <label htmlFor="review-reason">{t("原因")}{outcome === "rejected" && " *"}</label>
        <textarea id="review-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? "review-reason-error" : undefined} />
        {errors.reason && <p className="field-error" id="review-reason-error">{errors.reason}</p>}
      </div>
      <FormFooter failure={failure} busy={busy} onClose={onClose} />
    </form>
  );
}
