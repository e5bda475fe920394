import { useState, type FormEvent } from "react";
import type { Obligation, Session } from "../api";
import { acknowledgeFact, awaitsAnswerFrom, disputeFact, sideOf, type FactRecord } from "../facts";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { DataList, type Column } from "../lists/DataList";
import { EvidenceList, EvidenceUpload } from "./Evidence";
import { factStatusLabel, factTypeLabel, partyName } from "./factLabels";
import { RecordFact } from "./RecordFact";
import { FormFooter, StatusBadge, serverFieldErrors } from "./ui";

type Open = { factId: string; action: "acknowledge" | "dispute" | "evidence" };

/** What a fact is about, in a few words: the obligation's title, the incident, the engineer. */
export function subjectOf(record: FactRecord, obligations: Obligation[]): string {
  const fact = record.fact as Record<string, unknown>;
  if (typeof fact.obligationId === "string") return obligations.find((o) => o.id === fact.obligationId)?.title ?? fact.obligationId;
  if (typeof fact.incidentId === "string") return `${fact.incidentId}${typeof fact.name === "string" ? ` · ${fact.name}` : ""}`;
  if (typeof fact.engineer === "string") return `${fact.engineer}${fact.onSite === true ? ` · ${t("在岗")}` : fact.onSite === false ? ` · ${t("不在岗")}` : ""}`;
  return typeof fact.summary === "string" ? fact.summary : "";
}

/**
 * The contract's facts with their standing (docs/LEDGER.md §1): what each side reported, when it happened and when it
 * was recorded, and whether the other side answered. The counterparty acknowledges or disputes a reported fact here,
 * each after a confirmation step; evidence opens under a row. Nothing here can be taken back: the API has no undo for
 * a fact or an answer, and the confirmation says so.
 */
export function FactsSection({ contractId, facts, obligations, session, live, onChanged }: {
  contractId: string; facts: FactRecord[]; obligations: Obligation[]; session: Session; live: boolean; onChanged: (message: string) => void;
}) {
  const lang = useLang();
  const side = sideOf(session.role);
  const [open, setOpen] = useState<Open | null>(null);
  const [evidenceVersion, setEvidenceVersion] = useState(0);
  const rows = [...facts].reverse();
  const columns: Column<FactRecord>[] = [
    { key: "type", label: "类型", render: (r) => factTypeLabel(r.fact.type), sort: (r) => r.fact.type ?? "", exported: (r) => factTypeLabel(r.fact.type, "zh") },
    { key: "subject", label: "内容", render: (r) => subjectOf(r, obligations), exported: (r) => subjectOf(r, obligations) },
    { key: "occurred", label: "发生时间", render: (r) => formatDateTime(r.fact.occurredAt, lang), sort: (r) => r.fact.occurredAt,
      exported: (r) => formatDateTime(r.fact.occurredAt, "zh") },
    { key: "recorded", label: "记录时间", render: (r) => formatDateTime(r.fact.recordedAt, lang), sort: (r) => r.fact.recordedAt ?? "",
      exported: (r) => formatDateTime(r.fact.recordedAt, "zh") },
    { key: "reporter", label: "报告人", render: (r) => r.fact.reporter ? `${partyName(r.fact.reporter.party)} ${r.fact.reporter.user}` : "—",
      exported: (r) => r.fact.reporter ? `${partyName(r.fact.reporter.party, "zh")} ${r.fact.reporter.user}` : "" },
    { key: "status", label: "状态", sort: (r) => r.status, exported: (r) => factStatusLabel(r.status, "zh"),
      render: (r) => <>
        <StatusBadge kind={`fact-${r.status}`} label={factStatusLabel(r.status)} />
        {r.lateReported && <> <StatusBadge kind="late" label={t("逾期报告")} /></>}
        {r.answer?.reason && <><br /><span className="muted" data-testid="dispute-reason">{t("异议理由")}: {r.answer.reason}</span></>}
        {r.status === "reported" && r.deemedAt && <><br /><span className="muted">{t("未答复将于")} {formatDateTime(r.deemedAt, lang)} {t("视为确认")}</span></>}
      </> },
    { key: "actions", label: "操作", className: "actions", render: (r) => live && <>
      {awaitsAnswerFrom(r, side) && <>
        <button type="button" onClick={() => setOpen({ factId: r.fact.id, action: "acknowledge" })}>{t("确认属实")}</button>
        <button type="button" onClick={() => setOpen({ factId: r.fact.id, action: "dispute" })}>{t("异议")}</button>
      </>}
      <button type="button" onClick={() => setOpen({ factId: r.fact.id, action: "evidence" })} aria-label={`${t("证据")} ${factTypeLabel(r.fact.type)} ${subjectOf(r, obligations)}`}>{t("证据")}</button>
    </> },
  ];
  return (
    <section className="card" aria-labelledby="facts-title" data-testid="facts">
      <h2 id="facts-title">{t("履约事实")}</h2>
      {live && side && <RecordFact contractId={contractId} session={session} obligations={obligations} onDone={onChanged} />}
      <DataList id="facts" label="履约事实" rows={rows} rowKey={(r) => r.fact.id} rowAttributes={(r) => ({ "data-fact": r.fact.id })}
        columns={columns} exportName={`${contractId}-履约事实`} empty={t("暂无记录")}
        searchText={(r) => `${factTypeLabel(r.fact.type)} ${subjectOf(r, obligations)} ${r.fact.reporter?.user ?? ""}`}
        filters={[
          { key: "status", label: "状态", value: (r) => r.status, optionLabel: (s) => factStatusLabel(s as FactRecord["status"]) },
          { key: "party", label: "报告方", value: (r) => r.fact.reporter?.party ?? "", optionLabel: (p) => partyName(p as "vendor") },
        ]}
        below={(r) => open?.factId === r.fact.id && (
          open.action === "evidence" ? (
            <div className="card decision" data-testid="fact-evidence">
              <EvidenceList contractId={contractId} factId={r.fact.id} version={evidenceVersion} />
              {live && <EvidenceUpload contractId={contractId} factId={r.fact.id}
                onDone={(m) => { setEvidenceVersion((v) => v + 1); onChanged(m); }} />}
              <button type="button" onClick={() => setOpen(null)}>{t("关闭")}</button>
            </div>
          ) : (
            <AnswerForm contractId={contractId} record={r} subject={subjectOf(r, obligations)} action={open.action}
              onClose={() => setOpen(null)} onDone={(m) => { setOpen(null); onChanged(m); }} />
          ))} />
    </section>
  );
}

/** Acknowledge (a confirmation that says what it does) or dispute (a reason, required) one fact. */
export function AnswerForm({ contractId, record, subject, action, onClose, onDone }: {
  contractId: string; record: FactRecord; subject: string; action: "acknowledge" | "dispute"; onClose: () => void; onDone: (message: string) => void;
}) {
  const lang = useLang();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);
  const what = `${factTypeLabel(record.fact.type)}「${subject}」（${t("发生")} ${formatDateTime(record.fact.occurredAt, lang)}）`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (action === "dispute" && !reason.trim()) { setErrors({ reason: t("请填写原因") }); return; }
    setErrors({});
    setBusy(true);
    try {
      if (action === "acknowledge") await acknowledgeFact(contractId, record.fact.id);
      else await disputeFact(contractId, record.fact.id, reason.trim());
      onDone(t(action === "acknowledge" ? "已确认该事实" : "已对该事实提出异议"));
    } catch (e) {
      setErrors(serverFieldErrors(e, { reason: t("请填写原因") }));
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  const id = `answer-${record.fact.id}`.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={`${t(action === "acknowledge" ? "确认属实" : "异议")} ${subject}`}
      data-testid={`fact-${action}`}>
      {action === "acknowledge" ? (
        <p>{t("确认对方报告的")} {what} {t("属实？确认后该事实生效，金额随之计算；确认不能撤回。")}</p>
      ) : (
        <>
          <p>{t("对")} {what} {t("提出异议：该事实不生效，直到双方另行处理。异议不能撤回。")}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("原因")} <span aria-hidden="true">*</span></label>
            <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000}
              aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? `${id}-reason-error` : undefined} />
            {errors.reason && <p className="field-error" id={`${id}-reason-error`}>{errors.reason}</p>}
          </div>
        </>
      )}
      <FormFooter failure={failure} busy={busy} onClose={onClose} submitLabel={t(action === "acknowledge" ? "确认属实" : "提交异议")} />
    </form>
  );
}
