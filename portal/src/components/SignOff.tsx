import { useState } from "react";
import { ApiError } from "../api";
import { signOffStatement } from "../facts";
import { t, useLang } from "../i18n";

/** Signing off a month's statement, after reading what it means. */
export function SignOff({ contractId, month, onClose, onDone }: { contractId: string; month: string; onClose: () => void; onDone: (m: string) => void }) {
  useLang();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState("");
  async function sign() {
    setBusy(true);
    setFailure("");
    try {
      await signOffStatement(contractId, month);
      onDone(t("已签署对账单"));
    } catch (e) {
      // This branch's gateway has no sign-off endpoint yet (ledgerfin adds it): a 404 says so rather than "not found".
      setFailure(e instanceof ApiError && e.status === 404 ? t("此服务器尚不支持签署对账单") : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div role="group" aria-label={`${t("签署")} ${month}`} className="inline-confirm" data-testid="sign-off-confirm">
      <p>{t("签署")} {month} {t("的对账单？双方签署后该月关账，之后的调整计入下一个未关账的月份；签署不能撤回。")}</p>
      {failure && <p className="error" role="alert">{failure}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={sign}>{busy ? t("正在提交…") : t("确认签署")}</button>
        <button type="button" disabled={busy} onClick={onClose}>{t("取消")}</button>
      </div>
    </div>
  );
}
