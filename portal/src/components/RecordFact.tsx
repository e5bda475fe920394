import { useState, type FormEvent } from "react";
import type { Obligation, Session } from "../api";
import { getStaffing, listIncidents, openIncident, recordAttendance, recordFact, recordIncidentStep } from "../facts";
import { formatDateTime, todayInShanghai } from "../format";
import { t, useLang } from "../i18n";
import { isLocalMinute, shanghaiInstant, shanghaiMinuteNow } from "./sectionState";
import { useLoad } from "./ui";

type Kind = "met" | "incident" | "step" | "attendance";

/** The incident steps each side reports (the gateway refuses a vendor the institution's: escalating, closing). */
const vendorSteps = ["responded", "onsite", "remote-support", "restored", "emergency-plan-started"];
const institutionSteps = ["escalated-onsite", "closed", ...vendorSteps];
export const stepWord = (s: string) => t(({ responded: "已响应", onsite: "已到场", "remote-support": "远程支持", restored: "已恢复",
  "emergency-plan-started": "启动应急预案", "escalated-onsite": "要求到场", closed: "已关闭" } as Record<string, string>)[s] ?? s);
const severityWord = (s: string) => t(({ normal: "一般", major: "重大", emergency: "紧急" } as Record<string, string>)[s] ?? s);

/**
 * Record a fact the caller's role may report, in two steps: fill in, then read back exactly what will be recorded
 * (and that the portal cannot take it back: the API has no undo) before it is sent. Vendors report their own
 * deliverables, incident steps and attendance; the institution also opens incidents, escalates and closes them.
 */
export function RecordFact({ contractId, session, obligations, onDone }: {
  contractId: string; session: Session; obligations: Obligation[]; onDone: (message: string) => void;
}) {
  const lang = useLang();
  const isVendor = session.role === "vendor";
  const kinds: Kind[] = isVendor ? ["met", "step", "attendance"] : ["met", "incident", "step", "attendance"];
  const [kind, setKind] = useState<Kind | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [review, setReview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState("");
  const lookups = useLoad(async () => kind === "step" ? { incidents: await listIncidents(contractId), engineers: [] as string[] }
    : kind === "attendance" ? { incidents: [], engineers: [...new Set((await getStaffing(contractId)).assignments.filter((a) => !a.to).map((a) => a.engineer))] }
    : { incidents: [], engineers: [] }, `${contractId}|${kind}`);
  const open = obligations.filter((o) => o.status !== "met" && o.status !== "waived" && (!isVendor || o.party === "vendor"));
  const set = (name: string) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  const reset = () => { setKind(null); setFields({}); setErrors({}); setReview(false); setFailure(""); };
  const start = (k: Kind) => {
    setKind(k);
    setFields(k === "attendance" ? { date: todayInShanghai(), onSite: "yes" } : k === "incident" ? { at: shanghaiMinuteNow(), severity: "normal" }
      : { at: shanghaiMinuteNow() });
  };

  function check(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (kind === "met" && !fields.obligation) found.obligation = t("请选择义务");
    if (kind === "step" && !fields.incident) found.incident = t("请选择事件");
    if (kind === "step" && !fields.step) found.step = t("请选择步骤");
    if (kind === "incident" && !fields.summary?.trim()) found.summary = t("请填写事件说明");
    if (kind === "attendance" && !fields.engineer) found.engineer = t("请选择工程师");
    if (kind === "attendance" && !/^\d{4}-\d{2}-\d{2}$/.test(fields.date ?? "")) found.date = t("请选择日期");
    if (kind !== "attendance" && !isLocalMinute(fields.at ?? "")) found.at = t("请填写时间");
    setErrors(found);
    if (Object.keys(found).length === 0) setReview(true);
  }

  async function send() {
    setBusy(true);
    setFailure("");
    try {
      const at = shanghaiInstant(fields.at ?? "");
      if (kind === "met") await recordFact(contractId, { type: "obligation-met", id: `portal-met-${fields.obligation}-${fields.at}`.replace(/[^A-Za-z0-9@:._-]/g, "-").slice(0, 128),
        obligationId: fields.obligation, occurredAt: at, note: fields.note?.trim() || null });
      if (kind === "incident") await openIncident(contractId, { id: `portal-${fields.at.replace(/[^0-9]/g, "")}-${crypto.randomUUID().slice(0, 8)}`,
        openedAt: at, severity: fields.severity as "normal", campus: fields.campus?.trim() || null, summary: fields.summary.trim() });
      if (kind === "step") await recordIncidentStep(contractId, fields.incident, fields.step, at);
      if (kind === "attendance") await recordAttendance(contractId, fields.engineer, fields.date, fields.onSite === "yes");
      reset();
      onDone(t("已记录"));
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      setReview(false);
    } finally {
      setBusy(false);
    }
  }

  if (!kind) return (
    <div className="toolbar record-kinds" role="group" aria-label={t("记录事实")}>
      {kinds.map((k) => <button key={k} type="button" onClick={() => start(k)}>{t(kindLabel[k])}</button>)}
    </div>
  );

  const summary = () => {
    const local = fields.at ? formatDateTime(shanghaiInstant(fields.at), lang) : "";
    if (kind === "met") return `${t("义务已完成")}：${open.find((o) => o.id === fields.obligation)?.title ?? fields.obligation}，${t("完成时间")} ${local}`;
    if (kind === "incident") return `${t("报修")}：${fields.summary}（${severityWord(fields.severity)}${fields.campus ? `，${fields.campus}` : ""}），${t("报修时间")} ${local}`;
    if (kind === "step") return `${t("事件步骤")}：${lookups.data?.incidents.find((i) => i.id === fields.incident)?.summary ?? fields.incident} · ${stepWord(fields.step)}，${local}`;
    return `${t("驻场出勤")}：${fields.engineer}，${fields.date}，${fields.onSite === "yes" ? t("在岗") : t("不在岗")}`;
  };

  if (review) return (
    <div className="card decision" role="group" aria-labelledby="record-review" data-testid="record-review">
      <p id="record-review">{t("将记录")} — {summary()}。{t("记录人与记录时间由服务器填写；记录后不能在门户中撤回。")}
        {isVendor && kind !== "attendance" && <> {t("对方确认前，该事实不影响金额。")}</>}</p>
      {failure && <p className="error" role="alert">{failure}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={busy} onClick={send}>{busy ? t("正在提交…") : t("确认记录")}</button>
        <button type="button" disabled={busy} onClick={() => setReview(false)}>{t("返回修改")}</button>
      </div>
    </div>
  );

  const incidents = lookups.data?.incidents ?? [];
  const steps = isVendor ? vendorSteps : institutionSteps;
  return (
    <form className="card decision" onSubmit={check} noValidate aria-label={t(kindLabel[kind])} data-testid="record-form">
      <h3>{t(kindLabel[kind])}</h3>
      {kind === "met" && <>
        <Select id="record-obligation" label={t("义务")} value={fields.obligation ?? ""} onChange={set("obligation")} error={errors.obligation}
          options={open.map((o) => ({ value: o.id, label: `${o.title}${o.dueAt ? `（${t("截止")} ${formatDateTime(o.dueAt, lang)}）` : ""}` }))} />
        <Text id="record-note" label={t("备注")} value={fields.note ?? ""} onChange={set("note")} />
      </>}
      {kind === "incident" && <>
        <Text id="record-summary" label={t("事件说明")} value={fields.summary ?? ""} onChange={set("summary")} error={errors.summary} required />
        <Select id="record-severity" label={t("级别")} value={fields.severity} onChange={set("severity")}
          options={["normal", "major", "emergency"].map((s) => ({ value: s, label: severityWord(s) }))} />
        <Text id="record-campus" label={t("院区")} value={fields.campus ?? ""} onChange={set("campus")} />
      </>}
      {kind === "step" && <>
        <Select id="record-incident" label={t("事件")} value={fields.incident ?? ""} onChange={set("incident")} error={errors.incident}
          options={incidents.map((i) => ({ value: i.id, label: `${i.summary || i.id}（${formatDateTime(i.openedAt, lang)}）` }))} />
        <Select id="record-step" label={t("步骤")} value={fields.step ?? ""} onChange={set("step")} error={errors.step}
          options={steps.filter((s) => !incidents.find((i) => i.id === fields.incident)?.events.some((e) => e.type === s)).map((s) => ({ value: s, label: stepWord(s) }))} />
      </>}
      {kind === "attendance" && <>
        <Select id="record-engineer" label={t("工程师")} value={fields.engineer ?? ""} onChange={set("engineer")} error={errors.engineer}
          options={(lookups.data?.engineers ?? []).map((e) => ({ value: e, label: e }))} />
        <Text id="record-date" label={t("日期")} type="date" value={fields.date} onChange={set("date")} error={errors.date} />
        <Select id="record-onsite" label={t("出勤")} value={fields.onSite} onChange={set("onSite")}
          options={[{ value: "yes", label: t("在岗") }, { value: "no", label: t("不在岗") }]} />
      </>}
      {kind !== "attendance" && <Text id="record-at" label={t("时间（北京时间）")} type="datetime-local" value={fields.at} onChange={set("at")} error={errors.at} />}
      <div className="toolbar">
        <button type="submit" className="primary">{t("下一步")}</button>
        <button type="button" onClick={reset}>{t("取消")}</button>
      </div>
    </form>
  );
}

const kindLabel: Record<Kind, string> = { met: "记录完成", incident: "报修", step: "记录事件步骤", attendance: "记录出勤" };

function Select({ id, label, value, onChange, options, error }: {
  id: string; label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; error?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{t("选择…")}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

function Text({ id, label, value, onChange, error, type = "text", required }: {
  id: string; label: string; value: string; onChange: (v: string) => void; error?: string; type?: string; required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} />
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}
