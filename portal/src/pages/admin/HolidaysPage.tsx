import { useState, type FormEvent } from "react";
import { api, ApiError, type CalendarInfo } from "../../api";
import { ErrorBox, Loading, useLoad } from "../../components/ui";
import { formatDate } from "../../format";
import { t, useLang } from "../../i18n";

/**
 * The State Council holiday years the silos compute deadlines with: each announced year's holidays and make-up
 * working days, and a new year's notice added as data (the JSON of data/calendar/cn-holidays.json for one year).
 */
export function HolidaysPage() {
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const { data, error, loading, reload } = useLoad(() => api.get<CalendarInfo>("/api/calendar"), `calendar${version}`);
  const [year, setYear] = useState<number | null>(null);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} onRetry={reload} />;
  const years = [...(data.announcedYears ?? [])].sort((a, b) => b - a);
  const shown = year ?? years[0];
  const inYear = (d: { date: string }) => d.date.startsWith(`${shown}-`);
  return (
    <div className="page">
      <h1>{t("节假日")}</h1>
      <section className="card" aria-labelledby="years-title">
        <h2 id="years-title">{t("已公布的年份")}</h2>
        <p className="muted">{t("最后公布的日期")} {formatDate(data.lastAnnouncedDate, lang)}</p>
        <div className="toolbar" role="group" aria-label={t("年份")}>
          {years.map((y) => <button type="button" key={y} aria-pressed={y === shown} onClick={() => setYear(y)} data-year={y}>{y}</button>)}
        </div>
        <div className="two-columns">
          <div>
            <h3>{t("节假日")} {shown}</h3>
            <ul className="plain-list" data-testid="holidays">
              {(data.holidays ?? []).filter(inYear).map((d) => <li key={d.date}>{formatDate(d.date, lang)} {d.name}</li>)}
            </ul>
          </div>
          <div>
            <h3>{t("调休上班")} {shown}</h3>
            <ul className="plain-list" data-testid="makeup-days">
              {(data.makeUpDays ?? []).filter(inYear).map((d) => <li key={d.date}>{formatDate(d.date, lang)} {d.name} <span className="badge badge-makeup">{t("班")}</span></li>)}
            </ul>
          </div>
        </div>
      </section>
      <AddYearForm onAdded={() => setVersion((v) => v + 1)} />
    </div>
  );
}

function AddYearForm({ onAdded }: { onAdded: () => void }) {
  useLang();
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage("");
    try { JSON.parse(text); } catch { setErrors([t("不是有效的 JSON")]); return; }
    setErrors([]);
    try {
      await api.post("/api/calendar/years", JSON.parse(text));
      setMessage(t("已添加该年份"));
      setText("");
      onAdded();
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length)
        setErrors(Object.entries(e.fieldErrors).map(([path, messages]) => `${path}: ${messages.join("; ")}`));
      else setErrors([e instanceof ApiError ? e.message : String(e)]);
    }
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-year-title">
      <h2 id="add-year-title">{t("添加新年份")}</h2>
      <div className="field">
        <label htmlFor="year-json">{t("国务院节假日安排（JSON）")}</label>
        <textarea id="year-json" rows={10} value={text} onChange={(e) => setText(e.target.value)}
          placeholder={'{ "year": 2027, "notice": "国务院办公厅关于2027年部分节假日安排的通知", "off": [{ "date": "2027-01-01", "name": "元旦" }], "work": [] }'}
          aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? "year-json-error" : undefined} />
        {errors.length > 0 && <ul className="field-error" id="year-json-error">{errors.map((e) => <li key={e}>{e}</li>)}</ul>}
      </div>
      {message && <p className="notice" role="status">{message}</p>}
      <button type="submit" className="primary">{t("添加")}</button>
    </form>
  );
}
