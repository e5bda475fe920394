import { useState } from "react";
import { api, ApiError, type Session } from "../api";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import type { DefinitionConfirmation, DefinitionPreview } from "../definitionEditing";
import { DefinitionPreviewView } from "./DefinitionPreview";
import { ErrorBox, Loading, StatusBadge, useLoad } from "./ui";

/**
 * The vendor's confirmation of the definition the institution entered: the vendor sees the same preview the editor
 * showed and accepts, or disputes with a reason; the institution sees where it stands and the reason. The contract is in
 * force either way — the signed paper governs.
 */
export function DefinitionConfirmationSection({ contractId, confirmation, session, onChanged }: {
  contractId: string; confirmation: DefinitionConfirmation; session: Session; onChanged: (message: string) => void;
}) {
  const lang = useLang();
  const isVendor = session.role === "vendor";
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState("");
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/contracts/${encodeURIComponent(contractId)}/definition`;
  const answerable = isVendor && confirmation.status !== "accepted";
  const preview = useLoad(() => (answerable ? api.get<DefinitionPreview>(`${path}/preview`) : Promise.resolve(null)), `${contractId}|${answerable}`);

  const answer = async (kind: "accept" | "dispute") => {
    setFailure(null); setReasonError("");
    if (kind === "dispute" && !reason.trim()) { setReasonError(t("请填写异议理由")); return; }
    setBusy(true);
    try {
      await api.post(`${path}/${kind}`, kind === "dispute" ? { reason } : {});
      onChanged(kind === "accept" ? t("已确认合同录入内容") : t("已提出异议，甲方将看到您的理由"));
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.reason) setReasonError(t("请填写异议理由（最多 2000 字）"));
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const who = confirmation.by && confirmation.at ? `${confirmation.by} · ${formatDateTime(confirmation.at, lang)}` : "";
  return (
    <section className="card" aria-labelledby="confirmation-title" data-testid="definition-confirmation" data-status={confirmation.status}>
      <h2 id="confirmation-title">{t("乙方确认")}</h2>
      {confirmation.status === "pending" && <p><StatusBadge kind="pending" label={t("待乙方确认")} />{" "}
        {isVendor ? t("请核对甲方录入的合同内容与预览，确认无误或提出异议。") : t("已邀请乙方确认录入的合同内容。合同自创建起按签署的合同生效。")}</p>}
      {confirmation.status === "accepted" && <p><StatusBadge kind="ok" label={t("乙方已确认")} /> <span className="muted">{who}</span></p>}
      {confirmation.status === "disputed" && (
        <p><StatusBadge kind="bad" label={t("乙方有异议")} /> <span data-testid="dispute-reason">{confirmation.reason}</span> <span className="muted">{who}</span></p>
      )}
      {answerable && (
        <>
          {preview.loading ? <Loading /> : preview.error ? <ErrorBox error={preview.error} onRetry={preview.reload} />
            : preview.data && <DefinitionPreviewView preview={preview.data} />}
          {failure != null && <ErrorBox error={failure} />}
          <div className="toolbar">
            <button type="button" className="primary" disabled={busy} onClick={() => void answer("accept")}>{t("确认无误")}</button>
            <button type="button" disabled={busy} aria-expanded={open} onClick={() => setOpen(!open)}>{t("提出异议")}</button>
          </div>
          {open && (
            <form onSubmit={(e) => { e.preventDefault(); void answer("dispute"); }}>
              <div className="field">
                <label htmlFor="definition-dispute-reason">{t("异议理由")}</label>
                <textarea id="definition-dispute-reason" rows={3} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)}
                  aria-invalid={reasonError ? true : undefined} aria-describedby={reasonError ? "definition-dispute-reason-error" : undefined} />
                {reasonError && <p className="field-error" id="definition-dispute-reason-error">{reasonError}</p>}
              </div>
              <button type="submit" disabled={busy}>{t("提交异议")}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
