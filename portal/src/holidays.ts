// The State Council notices the silo's calendar is built from (data/calendar), bundled at build time so the month
// view can mark holidays and make-up working days; an institution's own closures come from GET /api/calendar.
import notices from "../../data/calendar/cn-holidays.json";

interface Notice { year: number; off: { date: string; name: string }[]; work?: { date: string; name?: string }[] }
const off = new Map<string, string>();
const work = new Set<string>();
for (const notice of (notices as { years: Notice[] }).years) {
  for (const d of notice.off) off.set(d.date, d.name);
  for (const d of notice.work ?? []) work.add(d.date);
}

export type DayKind = "working" | "weekend" | "holiday" | "makeup" | "closure";
export function dayKind(date: string, closures: ReadonlySet<string>): { kind: DayKind; name?: string } {
  if (closures.has(date)) return { kind: "closure" };
  if (off.has(date)) return { kind: "holiday", name: off.get(date) };
  if (work.has(date)) return { kind: "makeup" };
  const weekday = new Date(date + "T12:00:00Z").getUTCDay();
  return weekday === 0 || weekday === 6 ? { kind: "weekend" } : { kind: "working" };
}
