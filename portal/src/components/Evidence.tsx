import { useState, type DragEvent } from "react";
import { attachEvidence, evidenceUrl, listEvidence, type Evidence } from "../facts";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { partyName } from "./factLabels";
import { useLoad } from "./ui";

const sizeLabel = (bytes: number) => bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * The files attached to a fact, each a link to its bytes with who attached it and when. A gateway without the evidence
 * API (this branch before `evidence` is merged) answers 404 on the list: then the list says nothing at all.
 */
export function EvidenceList({ contractId, factId, version = 0 }: { contractId: string; factId: string; version?: number }) {
  const lang = useLang();
  const { data } = useLoad(() => listEvidence(contractId, factId), `${contractId}|${factId}|${version}`);
  if (!data || data.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label={t("证据")} data-testid="evidence-list">
      {data.map((e: Evidence) => (
        <li key={e.sha256}>
          <a href={evidenceUrl(contractId, e.sha256)} target="_blank" rel="noopener">{e.fileName}</a>{" "}
          <span className="muted">{sizeLabel(e.size)} · {partyName(e.attachedBy.party)} {e.attachedBy.user} · {formatDateTime(e.attachedAt, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Attach a file to a fact: drop it here or choose one (on a phone the chooser offers the camera), see its name and size,
 * then confirm. There is no API to remove evidence, so the confirmation says it stays.
 */
export function EvidenceUpload({ contractId, factId, onDone }: { contractId: string; factId: string; onDone: (message: string) => void }) {
  useLang();
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState("");
  const inputId = `evidence-${factId}`.replace(/[^A-Za-z0-9_-]/g, "-");
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };
  async function send() {
    if (!file) return;
    setBusy(true);
    setFailure("");
    try {
      await attachEvidence(contractId, factId, file);
      setFile(null);
      onDone(t("证据已上传"));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={`dropzone${over ? " over" : ""}`} data-testid="evidence-upload"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}>
      {!file ? (
        <>
          <label htmlFor={inputId}>{t("添加证据（拖放文件到此处，或选择文件/拍照）")}</label>
          <input id={inputId} type="file" accept="image/*,application/pdf,.doc,.docx,.xls,.xlsx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </>
      ) : (
        <div role="group" aria-label={t("确认上传")}>
          <p>{t("上传")}「{file.name}」（{sizeLabel(file.size)}）？{t("证据上传后不能删除，对方可以查看。")}</p>
          <div className="toolbar">
            <button type="button" className="primary" disabled={busy} onClick={send}>{busy ? t("正在提交…") : t("确认上传")}</button>
            <button type="button" disabled={busy} onClick={() => setFile(null)}>{t("取消")}</button>
          </div>
        </div>
      )}
      {failure && <p className="error" role="alert">{failure}</p>}
    </div>
  );
}
