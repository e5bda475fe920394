// How the deadline calendar marks a day, from GET /api/calendar: the State Council holidays and make-up working days
// the silos compute deadlines with (a year added through the API shows at once, no rebuild), and the institution's
// own closures.
import type { CalendarInfo } from "./api";

export type DayKind = "working" | "weekend" | "holiday" | "makeup" | "closure";
export interface DayMarks { kindOf(date: string): { kind: DayKind; name?: string } }

export function dayMarks(calendar: CalendarInfo): DayMarks {
  const closures = new Set(calendar.closures);
  const off = new Map((calendar.holidays ?? []).map((d) => [d.date, d.name]));
  const work = new Map((calendar.makeUpDays ?? []).map((d) => [d.date, d.name]));
  return {
    kindOf(date) {
      if (closures.has(date)) return { kind: "closure" };
      if (off.has(date)) return { kind: "holiday", name: off.get(date) };
      if (work.has(date)) return { kind: "makeup", name: work.get(date) };
      const weekday = new Date(date + "T12:00:00Z").getUTCDay();
      return weekday === 0 || weekday === 6 ? { kind: "weekend" } : { kind: "working" };
    },
  };
}
