import { useState, type FormEvent } from "react";
import { api, asOfQuery, type Session } from "../api";
import { formatDateTime } from "../format";
import { t, useLang } from "../i18n";
import { Empty, FormFooter, StatusBadge, serverFieldErrors, useLoad } from "./ui";
import { isLocalMinute, SectionState, shanghaiInstant, shanghaiMinuteNow } from "./sectionState";

export interface IncidentClock { name: string; clauseId: string; title: string; dueAt: string | null; metAt: string | null;
  status: "pending" | "running" | "met" | "met-late" | "missed" | "waived" }
export interface Incident {
  id: string; severity: "normal" | "major" | "emergency"; openedAt: string; campus: string | null; summary: string | null;
  events: { type: string; at: string; reportedBy: string | null }[]; clocks: IncidentClock[];
}

const clockStatus = (s: IncidentClock["status"]) =>
  t({ pending: "未开始", running: "计时中", met: "按时完成", "met-late": "超时完成", missed: "已超时", waived: "无需" }[s] ?? s);
const severity = (s: Incident["severity"]) => t({ normal: "一般", major: "重大", emergency: "紧急" }[s] ?? s);
/** The steps a vendor reports itself (the gateway refuses it any other). */
const vendorSteps = ["responded", "onsite", "remote-support", "restored", "emergency-plan-started"] as const;
const stepLabel = (type: string) => t(({ opened: "报修", responded: "已响应", onsite: "已到场", "remote-support": "远程支持", restored: "已恢复",
  "emergency-plan-started": "启动应急预案", closed: "已关闭" } as Record<string, string>)[type] ?? type);

/** Incidents with their SLA clocks; the vendor answers one (a `responded` step, or another step it reports) from here. */
export function IncidentsSection({ contractId, asOf, session, onChanged, refresh = 0 }: {
  contractId: string; asOf: string; session: Session; onChanged: (message: string) => void;
  /** Bumped by the page when something elsewhere on it (a recorded fact) may have changed the incidents. */
  refresh?: number;
}) {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const [answering, setAnswering] = useState<string | null>(null);
  const { data, error, loading, reload } = useLoad(
    () => api.getAll<Incident>(`/api/contracts/${encodeURIComponent(contractId)}/incidents${asOfQuery(asOf || null)}`), `${contractId}|${asOf}|${version}|${refresh}`);
  const isVendor = session.role === "vendor";
  return (
    <section className="card" aria-labelledby="incidents-title" data-testid="incidents">
      <h2 id="incidents-title">{t("事件")}</h2>
      {!data ? <SectionState loading={loading} error={error} reload={reload} testId="incidents" /> : data.length === 0 ? <Empty text={t("暂无事件")} /> : (
        data.map((incident) => {
          const open = vendorSteps.filter((s) => !incident.events.some((e) => e.type === s));
          const headingId = `incident-${incident.id}`;
          return (
            <article key={incident.id} className="incident" data-incident={incident.id} aria-labelledby={headingId}>
              <h3 id={headingId}>{incident.summary || incident.id} <StatusBadge kind={`severity-${incident.severity}`} label={severity(incident.severity)} /></h3>
              <p className="muted">{t("报修时间")} {formatDateTime(incident.openedAt, lang)}{incident.campus && ` · ${incident.campus}`}
                {incident.events.filter((e) => e.type !== "opened").map((e) => ` · ${stepLabel(e.type)} ${formatDateTime(e.at, lang)}`).join("")}</p>
              {incident.clocks.length === 0 ? <Empty text={t("暂无计时")} /> : (
                <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t("计时")} ${incident.summary || incident.id}`}>
                  <table>
                    <thead><tr><th scope="col">{t("计时")}</th><th scope="col">{t("时限")}</th><th scope="col">{t("完成时间")}</th><th scope="col">{t("状态")}</th></tr></thead>
                    <tbody>
                      {incident.clocks.map((c) => (
                        <tr key={c.clauseId + c.name} data-clock={c.name}>
                          <td>{c.title}</td><td>{formatDateTime(c.dueAt, lang)}</td>
                          <td>{formatDateTime(c.metAt, lang)}</td><td><StatusBadge kind={`clock-${c.status}`} label={clockStatus(c.status)} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {isVendor && !asOf && open.length > 0 && answering !== incident.id && (
                <button type="button" onClick={() => setAnswering(incident.id)}>{t("响应事件")}</button>
              )}
              {answering === incident.id && (
                <AnswerForm contractId={contractId} incident={incident} steps={open} onClose={() => setAnswering(null)}
                  onDone={(message) => { setAnswering(null); setVersion((v) => v + 1); onChanged(message); }} />
              )}
            </article>
          );
        })
      )}
    </section>
  );
}

function AnswerForm({ contractId, incident, steps, onClose, onDone }: {
  contractId: string; incident: Incident; steps: readonly string[]; onClose: () => void; onDone: (message: string) => void;
}) {
  useLang();
  const [type, setType] = useState(steps[0]);
  const [at, setAt] = useState(shanghaiMinuteNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure("");
    if (!isLocalMinute(at)) { setErrors({ at: t("请填写时间") }); return; }
    setErrors({});
    setBusy(true);
    try {
      await api.post(`/api/contracts/${encodeURIComponent(contractId)}/incidents/${encodeURIComponent(incident.id)}/events`,
        { type, at: shanghaiInstant(at) });
      onDone(t("已记录事件响应"));
    } catch (e) {
      setErrors(serverFieldErrors(e));
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const id = `answer-${incident.id}`;
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={`${t("响应事件")} ${incident.summary || incident.id}`}>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t("步骤")}</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)}
          aria-invalid={errors.type ? true : undefined} aria-describedby={errors.type ? `${id}-type-error` : undefined}>
          {steps.map((s) => <option key={s} value={s}>{stepLabel(s)}</option>)}
        </select>
        {errors.type && <p className="field-error" id={`${id}-type-error`}>{errors.type}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-at`}>{t("时间（北京时间）")}</label>
        <input id={`${id}-at`} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)}
          aria-invalid={errors.at ? true : undefined} aria-describedby={errors.at ? `${id}-at-error` : undefined} />
        {errors.at && <p className="field-error" id={`${id}-at-error`}>{errors.at}</p>}
      </div>
      <FormFooter failure={failure} busy={busy} onClose={onClose} />
    </form>
  );
}
