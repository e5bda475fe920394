// Money as ¥1,475,000.00 and every instant in Asia/Shanghai, whatever the browser's own time zone.
import type { Lang } from "./i18n";
import { serverNow } from "./serverTime";

const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatMoney = (amount: number) => (amount < 0 ? "-¥" : "¥") + money.format(Math.abs(amount));

const zone = "Asia/Shanghai";
export function formatDate(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return "—";
  const date = instant.length === 10 ? new Date(instant + "T00:00:00+08:00") : new Date(instant);
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
export function formatDateTime(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return "—";
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-CA", {
    timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false,
  }).format(new Date(instant));
}

/** The calendar day (yyyy-MM-dd) an instant falls on in Beijing. */
export function shanghaiDay(instant: string | Date): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}
/** Today in Beijing by the server's clock (serverTime.ts), never the browser's. */
export const todayInShanghai = () => shanghaiDay(new Date(serverNow()));
