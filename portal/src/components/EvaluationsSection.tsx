import { useState, type FormEvent } from "react";
import { api, type Session } from "../api";
import { formatDate } from "../format";
import { t, useLang } from "../i18n";
import { Empty, FormFooter, StatusBadge, serverFieldErrors, useLoad } from "./ui";
import { isLocalMinute, SectionState, shanghaiInstant, shanghaiMinuteNow } from "./sectionState";

export interface ScorecardSection { id: string; title: string; titleEn?: string | null; max: number }
export interface EvaluationTemplate { obligationId?: string; total?: number; passAt: number; sections: ScorecardSection[] }
/** One recorded evaluation: the score per section (as `sections` with points, or a `scores` map), the total, pass or fail. */
export interface EvaluationRecord {
  id: string; period: string; evaluatedAt: string; total: number; passed: boolean; note: string | null;
  sections?: (ScorecardSection & { points: number })[]; scores?: Record<string, number>; template?: EvaluationTemplate;
}

const pointsOf = (r: EvaluationRecord, section: string) => r.sections?.find((s) => s.id === section)?.points ?? r.scores?.[section];

/** The scorecard's sections (from the definition or a recorded evaluation), else whatever the records scored. */
function sectionsOf(template: EvaluationTemplate | null, records: EvaluationRecord[]): (Omit<ScorecardSection, "max"> & { max: number | null })[] {
  const known = template ?? records.find((r) => r.template?.sections?.length)?.template;
  if (known?.sections?.length) return known.sections;
  return [...new Set(records.flatMap((r) => [...(r.sections ?? []).map((s) => s.id), ...Object.keys(r.scores ?? {})]))]
    .map((id) => ({ id, title: id, max: null }));
}

/**
 * Periodic evaluations of the vendor (GET /api/contracts/{id}/evaluations, paged): the score per section, the total
 * against the pass mark. An institution admin records a period's evaluation when the contract carries a template.
 */
export function EvaluationsSection({ contractId, session, template, onChanged }: {
  contractId: string; session: Session; template: EvaluationTemplate | null; onChanged: (message: string) => void;
}) {
  const [version, setVersion] = useState(0);
  const [recording, setRecording] = useState(false);
  const path = `/api/contracts/${encodeURIComponent(contractId)}/evaluations`;
  const { data, error, loading, reload } = useLoad(() => api.getAll<EvaluationRecord>(path), `${contractId}|${version}`);
  const lang = useLang();
  template = template ?? data?.find((r) => r.template?.sections?.length)?.template ?? null;
  const sections = sectionsOf(template, data ?? []);
  const sectionTitle = (s: { title: string; titleEn?: string | null }) => (lang === "en" && s.titleEn) || s.title;
  return (
    <section className="card" aria-labelledby="evaluations-title" data-testid="evaluations">
      <h2 id="evaluations-title">{t("考核评价")}</h2>
      {template && <p className="muted">{t("合格线")} {template.passAt}</p>}
      {!data ? <SectionState loading={loading} error={error} reload={reload} testId="evaluations" /> : data.length === 0 ? <Empty text={t("暂无考核记录")} /> : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="evaluations-title">
          <table>
            <thead><tr>
              <th scope="col">{t("期间")}</th>
              {sections.map((s) => <th scope="col" key={s.id}>{sectionTitle(s)}{s.max !== null && <span className="muted"> /{s.max}</span>}</th>)}
              <th scope="col">{t("总分")}</th><th scope="col">{t("结果")}</th><th scope="col">{t("备注")}</th>
            </tr></thead>
            <tbody>
              {data.slice().sort((a, b) => b.period.localeCompare(a.period)).map((r) => (
                <tr key={r.id} data-evaluation={r.period}>
                  <td>{r.period}<br /><span className="muted">{formatDate(r.evaluatedAt, lang)}</span></td>
                  {sections.map((s) => <td className="num" key={s.id}>{pointsOf(r, s.id) ?? "—"}</td>)}
                  <td className="num">{r.total}</td>
                  <td><StatusBadge kind={r.passed ? "met" : "breached"} label={r.passed ? t("考核合格") : t("考核不合格")} /></td>
                  <td>{r.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && session.role === "institution-admin" && template?.sections?.length ? (
        recording ? <EvaluationForm path={path} template={template} onClose={() => setRecording(false)}
          onDone={() => { setRecording(false); setVersion((v) => v + 1); onChanged(t("已记录考核评价")); }} />
          : <button type="button" onClick={() => setRecording(true)}>{t("记录考核")}</button>
      ) : null}
    </section>
  );
}

function EvaluationForm({ path, template, onClose, onDone }: {
  path: string; template: EvaluationTemplate; onClose: () => void; onDone: () => void;
}) {
  useLang();
  const [period, setPeriod] = useState("");
  const [scores, setScores] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [evaluatedAt, setEvaluatedAt] = useState(shanghaiMinuteNow);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}$/.test(period)) found.period = t("请选择月份");
    if (!isLocalMinute(evaluatedAt)) found.evaluatedAt = t("请填写时间");
    for (const s of template.sections) {
      const value = Number(scores[s.id]);
      if (!/^\d+(\.\d)?$/.test(scores[s.id] ?? "") || value > s.max) found[`scores.${s.id}`] = `${t("分数须在 0 到上限之间")} (${s.max})`;
    }
    setErrors(found);
    setFailure("");
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      // One evaluation per period: its id is derived from the period, so a double click records it once.
      await api.post(path, { id: `evaluation-${period}`, period, evaluatedAt: shanghaiInstant(evaluatedAt),
        scores: Object.fromEntries(template.sections.map((s) => [s.id, Number(scores[s.id])])), note: note.trim() || null });
      onDone();
    } catch (e) {
      const fields = serverFieldErrors(e);
      setErrors(fields);
      // A field this form has no input for still gets said, next to the general message.
      const shown = new Set(["period", "evaluatedAt", "note", ...template.sections.map((s) => `scores.${s.id}`)]);
      const others = Object.entries(fields).filter(([k]) => !shown.has(k)).map(([k, v]) => `${k}: ${v}`);
      setFailure([e instanceof Error ? e.message : String(e), ...others].join(" "));
    } finally {
      setBusy(false);
    }
  }

  const invalid = (key: string, id: string) => ({ "aria-invalid": errors[key] ? true : undefined, "aria-describedby": errors[key] ? `${id}-error` : undefined });
  return (
    <form className="card decision" onSubmit={submit} noValidate aria-label={t("记录考核")}>
      <div className="field">
        <label htmlFor="evaluation-period">{t("期间")} *</label>
        <input id="evaluation-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} {...invalid("period", "evaluation-period")} />
        {errors.period && <p className="field-error" id="evaluation-period-error">{errors.period}</p>}
      </div>
      <div className="field">
        <label htmlFor="evaluation-at">{t("评价时间（北京时间）")} *</label>
        <input id="evaluation-at" type="datetime-local" value={evaluatedAt} onChange={(e) => setEvaluatedAt(e.target.value)} {...invalid("evaluatedAt", "evaluation-at")} />
        {errors.evaluatedAt && <p className="field-error" id="evaluation-at-error">{errors.evaluatedAt}</p>}
      </div>
      {template.sections.map((s) => {
        const id = `evaluation-score-${s.id}`, key = `scores.${s.id}`;
        return (
          <div className="field" key={s.id}>
            <label htmlFor={id}>{s.title} (0–{s.max}) *</label>
            <input id={id} inputMode="decimal" value={scores[s.id] ?? ""} onChange={(e) => setScores({ ...scores, [s.id]: e.target.value })} {...invalid(key, id)} />
            {errors[key] && <p className="field-error" id={`${id}-error`}>{errors[key]}</p>}
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="evaluation-note">{t("备注")}</label>
        <textarea id="evaluation-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <FormFooter failure={failure} busy={busy} onClose={onClose} />
    </form>
  );
}
