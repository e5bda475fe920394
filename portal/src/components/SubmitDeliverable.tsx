import { useState } from "react";
import { submitDeliverable } from "../deliverable";
import { formatDateTime, lateDaysLabel } from "../format";
import { t, useLang } from "../i18n";

/**
 * "提交交付物" in two steps: the first click asks, in the row, whether this obligation is really done, saying what will
 * be recorded (met now, by the server's clock) and that the portal cannot take it back; only the second sends the
 * fact. A report of completion stays on the contract's record, so one stray tap must not make one.
 */
export function SubmitDeliverable({ contractId, obligation, onDone, onFailed }: {
  contractId: string;
  obligation: { id: string; title: string; dueAt: string | null; lateDays: number };
  onDone: (message: string) => void;
  onFailed: (message: string) => void;
}) {
  const lang = useLang();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) return <button type="button" onClick={() => setConfirming(true)}>{t("提交交付物")}</button>;

  const questionId = `submit-${obligation.id}-question`.replace(/[^A-Za-z0-9_-]/g, "-");
  async function confirm() {
    setBusy(true);
    try {
      await submitDeliverable(contractId, obligation.id);
      setConfirming(false);
      onDone(t("交付物已提交"));
    } catch (e) {
      onFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="inline-confirm" role="group" aria-labelledby={questionId} data-testid="deliverable-confirm">
      <p id={questionId}>
        {t("确认已完成")}「{obligation.title}」？{t("截止")} {formatDateTime(obligation.dueAt, lang)}
        {obligation.lateDays > 0 && <>（{lateDaysLabel(obligation.lateDays, lang)}）</>}。
        {t("将按服务器当前时间记录为已完成，提交后不能在门户中撤回。")}
      </p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={confirm}>{busy ? t("正在提交…") : t("确认提交")}</button>
        <button type="button" disabled={busy} onClick={() => setConfirming(false)}>{t("取消")}</button>
      </div>
    </div>
  );
}
