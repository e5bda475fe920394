import type { Evaluation, LedgerEntry, Obligation, Payment } from "./api";
import { t } from "./i18n";

export const obligationStatus = (s: Obligation["status"]) =>
  t({ open: "待办", met: "已完成", late: "逾期", breached: "违约", "deemed-approved": "视为通过", waived: "已免除" }[s] ?? s);
export const ledgerStatus = (s: LedgerEntry["status"]) =>
  t({ proposed: "待确认", confirmed: "已确认", "deemed-confirmed": "视为确认", disputed: "有异议", waived: "已免除" }[s] ?? s);
export const paymentStatus = (s: Payment["status"]) =>
  t({ scheduled: "计划", "awaiting-invoice": "待开票", due: "应付款", overdue: "已逾期付款", paid: "已付" }[s] ?? s);

export type Health = "ok" | "attention" | "risk";
/** Red with a termination right or a breach, amber with anything late or a penalty awaiting a decision, else green. */
export function contractHealth(e: Evaluation): Health {
  if (e.terminationRights.length || e.obligations.some((o) => o.status === "breached")) return "risk";
  if (e.obligations.some((o) => o.status === "late") || e.ledger.some((l) => l.status === "proposed" || l.status === "disputed")) return "attention";
  return "ok";
}
export const roleLabel = (role: string) =>
  t({ "institution-admin": "机构管理员", "institution-staff": "机构职员", vendor: "供应商用户", "platform-admin": "平台管理员" }[role] ?? role);

export const healthLabel = (h: Health) => t({ ok: "正常", attention: "需关注", risk: "有风险" }[h]);

/** The first payment not yet paid, by due date (undated ones last). */
export function nextPayment(payments: Payment[]): Payment | undefined {
  return payments.filter((p) => p.status !== "paid")
    .sort((a, b) => (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999"))[0];
}
