import { useMemo, useState } from "react";
import { formatDate, shanghaiDay, todayInShanghai } from "../format";
import type { CalendarInfo } from "../api";
import { dayMarks } from "../calendarDays";
import { t, useLang } from "../i18n";
import { obligationStatus } from "../labels";
import { Empty, Link } from "./ui";

export interface Deadline { day: string; title: string; contractId: string; contractTitle: string; status: Parameters<typeof obligationStatus>[0] }

const weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/** A month grid (working days, weekends, holidays, make-up days, closures marked) or a list of the month's deadlines. */
export function DeadlineCalendar({ deadlines, calendar }: { deadlines: Deadline[]; calendar: CalendarInfo }) {
  const lang = useLang();
  const [month, setMonth] = useState(todayInShanghai().slice(0, 7));
  const [view, setView] = useState<"month" | "list">("month");
  const marks = useMemo(() => dayMarks(calendar), [calendar]);
  const inMonth = deadlines.filter((d) => d.day.startsWith(month)).sort((a, b) => a.day.localeCompare(b.day));
  const byDay = new Map<string, Deadline[]>();
  for (const d of inMonth) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);

  const [year, monthNumber] = month.split("-").map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const shift = (by: number) => setMonth(shanghaiDay(new Date(Date.UTC(year, monthNumber - 1 + by, 15))).slice(0, 7));
  const today = todayInShanghai();

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="card-head">
        <h2 id="calendar-title">{t("截止日历")} · {month}</h2>
        <div className="toolbar">
          <button type="button" onClick={() => shift(-1)} aria-label={t("上个月")}>‹</button>
          <button type="button" onClick={() => shift(1)} aria-label={t("下个月")}>›</button>
          <button type="button" aria-pressed={view === "month"} onClick={() => setView("month")}>{t("月视图")}</button>
          <button type="button" aria-pressed={view === "list"} onClick={() => setView("list")}>{t("列表")}</button>
        </div>
      </div>
      {view === "list" ? (
        inMonth.length === 0 ? <Empty /> : (
          <ul className="deadline-list">
            {inMonth.map((d, i) => (
              <li key={i}><time dateTime={d.day}>{formatDate(d.day, lang)}</time> <Link href={`/contracts/${encodeURIComponent(d.contractId)}`}>{d.title}</Link>
                <span className={`badge badge-${d.status}`}>{obligationStatus(d.status)}</span></li>
            ))}
          </ul>
        )
      ) : (
        <>
          <div className="month-grid" role="grid" aria-label={`${t("截止日历")} ${month}`}>
            <div role="row" className="month-row">
              {weekdays.map((w) => <div role="columnheader" key={w} className="weekday">{t(w)}</div>)}
            </div>
            {Array.from({ length: Math.ceil((lead + days) / 7) }, (_, week) => (
              <div role="row" className="month-row" key={week}>
                {Array.from({ length: 7 }, (_, col) => {
                  const n = week * 7 + col - lead + 1;
                  if (n < 1 || n > days) return <div role="gridcell" key={col} className="day blank" />;
                  const date = `${month}-${String(n).padStart(2, "0")}`;
                  const kind = marks.kindOf(date);
                  const due = byDay.get(date) ?? [];
                  const label = [date, t({ working: "工作日", weekend: "周末", holiday: "节假日", makeup: "调休上班", closure: "闭馆日" }[kind.kind]),
                    kind.name, ...due.map((d) => d.title)].filter(Boolean).join("，");
                  return (
                    <div role="gridcell" key={col} data-date={date} data-kind={kind.kind} className={`day day-${kind.kind}${date === today ? " today" : ""}`} title={label}>
                      <span className="day-number" aria-hidden="true">{n}</span>
                      <span className="sr-only">{label}</span>
                      {/* The marks of a Chinese wall calendar: 休 on a holiday, 班 on a make-up working day (调休). */}
                      {kind.kind === "holiday" && <span className="day-mark day-mark-off" aria-hidden="true">{t("休")}</span>}
                      {kind.kind === "makeup" && <span className="day-mark day-mark-work" aria-hidden="true" data-testid="makeup-mark">{t("班")}</span>}
                      {(kind.kind === "holiday" || kind.kind === "makeup") && kind.name && <span className="day-name" aria-hidden="true">{kind.name}</span>}
                      {due.length > 0 && <span className="day-due" aria-hidden="true">{due.length}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <p className="legend">
            <span className="day-working">{t("工作日")}</span> <span className="day-weekend">{t("周末")}</span>{" "}
            <span className="day-holiday">{t("休")} {t("节假日")}</span> <span className="day-makeup">{t("班")} {t("调休上班")}</span>{" "}
            <span className="day-closure">{t("闭馆日")}</span>
          </p>
        </>
      )}
    </section>
  );
}
