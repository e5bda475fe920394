import type { Evaluation, LedgerEntry, Obligation, Payment } from "./api";
import { t, type Lang } from "./i18n";

// Every enum the API sends has a word here; a list, a badge and an export all say the same word. An export passes
// "zh" so the spreadsheet is Chinese whatever the page's language.
export const obligationStatus = (s: Obligation["status"], lang?: Lang) =>
  t({ open: "待办", met: "已完成", late: "逾期", breached: "违约", "deemed-approved": "视为通过", waived: "已免除" }[s] ?? s, lang);
export const ledgerStatus = (s: LedgerEntry["status"], lang?: Lang) =>
  t({ proposed: "待确认", confirmed: "已确认", "deemed-confirmed": "视为确认", disputed: "有异议", waived: "已免除", accruing: "累计中" }[s] ?? s, lang);
export const paymentStatus = (s: Payment["status"], lang?: Lang) =>
  t({ scheduled: "计划", "awaiting-invoice": "待开票", due: "应付款", overdue: "已逾期付款", paid: "已付" }[s] ?? s, lang);
export const partyLabel = (p: string, lang?: Lang) => t(({ vendor: "乙方", client: "甲方", institution: "甲方" } as Record<string, string>)[p] ?? p, lang);
export const ledgerKind = (k: string, lang?: Lang) =>
  t(({ accrual: "违约金", escalation: "加重违约金", deduction: "扣款", interest: "利息", "late-payment": "逾期付款违约金" } as Record<string, string>)[k] ?? k, lang);
export const roleLabel = (role: string, lang?: Lang) =>
  t(({ "institution-admin": "机构管理员", "institution-staff": "机构职员", vendor: "供应商用户", "platform-admin": "平台管理员" } as Record<string, string>)[role] ?? role, lang);

export type Health = "ok" | "attention" | "risk";
/** Red with a termination right or a breach, amber with anything late or a penalty awaiting a decision, else green. */
export function contractHealth(e: Evaluation): Health {
  if (e.terminationRights.length || e.obligations.some((o) => o.status === "breached")) return "risk";
  if (e.obligations.some((o) => o.status === "late") || e.ledger.some((l) => l.status === "proposed" || l.status === "disputed")) return "attention";
  return "ok";
}
export const healthLabel = (h: Health, lang?: Lang) => t({ ok: "正常", attention: "需关注", risk: "有风险" }[h], lang);

/** The first payment not yet paid, by due date (undated ones last). */
export function nextPayment(payments: Payment[]): Payment | undefined {
  return payments.filter((p) => p.status !== "paid")
    .sort((a, b) => (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999"))[0];
}
