// Money as ¥1,475,000.00 and every instant in Asia/Shanghai, whatever the browser's own time zone.
//
// Intl formatters are costly to build (the vendor home once built ~17,000 of them per render, ~1.5 s): each one is
// built once per language and kept.
import type { Lang } from "./i18n";
import { serverNow } from "./serverTime";

const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatMoney = (amount: number) => (amount < 0 ? "-¥" : "¥") + money.format(Math.abs(amount));

const zone = "Asia/Shanghai";
const locale = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en-CA");
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
const minuteFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

function dateFormat(lang: Lang) {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, format = new Intl.DateTimeFormat(locale(lang), { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }));
  return format;
}
function dateTimeFormat(lang: Lang) {
  let format = dateTimeFormats.get(lang);
  if (!format) dateTimeFormats.set(lang, format = new Intl.DateTimeFormat(locale(lang), {
    timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
  }));
  return format;
}

export function formatDate(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return "—";
  const date = instant.length === 10 ? new Date(instant + "T00:00:00+08:00") : new Date(instant);
  return dateFormat(lang).format(date);
}
export function formatDateTime(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return "—";
  return dateTimeFormat(lang).format(new Date(instant));
}

/** The calendar day (yyyy-MM-dd) an instant falls on in Beijing. */
export function shanghaiDay(instant: string | Date | number): string {
  const d = typeof instant === "object" ? instant : new Date(instant);
  return dayFormat.format(d);
}
/** Today in Beijing by the server's clock (serverTime.ts), never the browser's. */
export const todayInShanghai = () => shanghaiDay(serverNow());

/** The minute (yyyy-MM-ddTHH:mm) an instant falls on in Beijing, as a datetime-local value. */
export function shanghaiMinute(instant: number): string {
  const parts = Object.fromEntries(minuteFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Whole days from one calendar day (yyyy-MM-dd) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / 86400_000);
}

/** "逾期 12 天" / "12 days late": lateness always says its unit. */
export const lateDaysLabel = (days: number, lang: Lang) => (lang === "en" ? `${days} day${days === 1 ? "" : "s"} late` : `逾期 ${days} 天`);
