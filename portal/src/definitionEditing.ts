// The contract editor's model: the definition as the draft gave it (every member kept, so nothing the forms do not
// show is lost), the paths the server names errors by, and the local checks (zod) that mirror the server's
// ContractDefinitionValidator for the fields the forms show. The server's check (POST /api/contract-drafts/preview) runs
// on every change as well and is the one that decides.
import { z } from "zod";
import { formatMoney } from "./format";
import { currentLang, t } from "./i18n";
import { usccIsValid } from "./schemas";
import type { components } from "../generated/api";

type S = components["schemas"];
export type DefinitionConfirmation = S["DefinitionConfirmation"];
export type PreviewDeadline = S["PreviewDeadline"];
/** The document loses nullability for decimals: a clause without an amount of its own has amount null. */
export type PenaltyExample = Omit<S["PenaltyExample"], "amount"> & { amount: number | null };
export interface DefinitionPreview { deadlines: PreviewDeadline[]; penalties: PenaltyExample[] }

export interface SourceSpan { start: number; end: number }
export interface Confidence { level: string; reason: string }
export interface DraftedRule { id: string; article?: string; source?: SourceSpan; confidence?: Confidence }
export interface Party { id?: string | null; name?: string | null; address?: string | null; [member: string]: unknown }
export interface LineItem { id: string; name: string; amount: number; [member: string]: unknown }
export interface Payment extends DraftedRule { label: string; share?: number | null; amount?: number | null; [member: string]: unknown }
export interface Obligation extends DraftedRule { title: string; [member: string]: unknown }
export interface AmountRule { amount?: number | null; rate?: number | null; base?: string; [member: string]: unknown }
export interface Penalty extends DraftedRule { summary: string; shape: string; amount?: AmountRule | null; cap?: AmountRule | null; [member: string]: unknown }
export interface Definition {
  formatVersion?: number; id?: string | null; number?: string | null; title?: string | null; signedOn?: string | null;
  institution: Party; vendor: Party; term: { start?: string | null; end?: string | null; [member: string]: unknown };
  total?: number | null; lineItems?: LineItem[]; payments?: Payment[]; obligations?: Obligation[]; penalties?: Penalty[];
  [member: string]: unknown;
}
export interface Unrecognized { start: number; end: number; text: string; reason: string }
export interface DraftWarning { path: string; message: string }
export interface Draft { definition: Definition; unrecognized: Unrecognized[]; warnings: DraftWarning[] }

/**
 * What is sent to validate, preview and create: the definition without the draft's bookkeeping (each rule's source span
 * and confidence describe the text it came from, not the contract).
 */
export function forServer(definition: Definition): string {
  return JSON.stringify(definition, (key, value) => (key === "source" || key === "confidence" ? undefined : value));
}

/** Sets the member at a server path ("vendor.name", "payments[1].share") in a copy of the definition. */
export function setAt(definition: Definition, path: string, value: unknown): Definition {
  const copy = structuredClone(definition) as Record<string, unknown>;
  const keys = pathKeys(path);
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as Definition;
}

const pathKeys = (path: string) => path.replace(/\[(\d+)\]/g, ".$1").split(".").filter(Boolean);

/** zod's path ["payments", 1, "share"] as the server writes it: payments[1].share. */
export const serverPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");

/** ContractDefinitionValidator.Slug: lower-case words joined by hyphens, 3 to 100 characters. */
const SLUG = /^(?=.{3,100}$)[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** ContractDefinitionValidator.CreditCode (the check character as Domain/Parties/UnifiedSocialCreditCode). */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const partyOf = () => z.object({
  id: z.string({ error: () => t("请填写统一社会信用代码或标识") }).trim()
    .refine((id) => (id.length === 18 ? CREDIT_CODE.test(id) && usccIsValid(id) : SLUG.test(id)),
      t("须为18位统一社会信用代码，或以连字符连接的小写标识（如 minke-medical）")),
  name: z.string({ error: () => t("名称必填") }).trim().min(1, t("名称必填")),
}).loose();

const money = (message: string) => z.number({ error: () => message }).min(0, t("金额不能为负数"));

/** The forms' rules; the server's are the same and more (every clause's own rules). */
export const definitionRules = () => z.object({
  id: z.string({ error: () => t("请填写合同编号") }).regex(SLUG, t("合同编号须为以连字符连接的小写字母或数字（如 c3-registration-2024）")),
  title: z.string({ error: () => t("标题必填") }).trim().min(1, t("标题必填")),
  institution: partyOf(),
  vendor: partyOf(),
  term: z.object({
    start: z.string({ error: () => t("请填写开始日期") }).regex(DATE, t("请填写开始日期")),
    end: z.string({ error: () => t("请填写结束日期") }).regex(DATE, t("请填写结束日期")),
  }).loose().refine((term) => !term.start || !term.end || term.start <= term.end, { path: ["end"], message: t("结束日期不能早于开始日期") }),
  total: money(t("请填写合同总额")),
  lineItems: z.array(z.object({
    amount: money(t("请填写金额")),
    people: z.number().nullish(), months: z.number().nullish(), unitPrice: z.number().nullish(),
  }).loose()).optional(),
  payments: z.array(z.object({
    share: z.number().min(0, t("比例须在 0% 到 100% 之间")).max(1, t("比例须在 0% 到 100% 之间")).nullish(),
    amount: money(t("请填写金额")).nullish(),
  }).loose()).optional(),
}).loose();

/**
 * The rules across members (line items against the total, payment shares), apart from the members' own rules so that
 * they are checked as they are typed even while another field (the id, a party) is still missing — zod runs an object's
 * refinements only once its members parse.
 */
type Money = number | null | undefined;
export const crossFieldRules = () => z.object({
  total: z.unknown(),
  lineItems: z.array(z.record(z.string(), z.unknown())).optional().catch(undefined),
  payments: z.array(z.record(z.string(), z.unknown())).optional().catch(undefined),
}).loose().superRefine((raw, context) => {
  const d = raw as unknown as { total: Money; lineItems?: { amount: Money; people: Money; months: Money; unitPrice: Money }[]; payments?: { share: Money; amount: Money }[] };
  // ContractDefinitionValidator: listed line items add up to the total, and a priced line is people × months × unit price.
  const items = d.lineItems ?? [];
  if (items.length > 0 && typeof d.total === "number" && items.every((i) => typeof i.amount === "number")) {
    const sum = cents(items.reduce((s, i) => s + (i.amount ?? 0), 0));
    if (Math.abs(sum - cents(d.total)) >= 0.005) context.addIssue({ code: "custom", path: ["lineItems"], message: lineItemsSumMessage(sum, d.total) });
  }
  items.forEach((item, i) => {
    if (typeof item.people !== "number" || typeof item.months !== "number" || typeof item.unitPrice !== "number" || typeof item.amount !== "number") return;
    const product = cents(item.people * item.months * item.unitPrice);
    if (Math.abs(product - cents(item.amount)) >= 0.005)
      context.addIssue({ code: "custom", path: ["lineItems", i, "amount"], message: lineItemProductMessage(i, product, item.amount) });
  });
  const payments = d.payments ?? [];
  // ContractDefinitionValidator: shares given for every installment must add up to 100 %.
  if (payments.length > 0 && payments.every((p) => typeof p.share === "number")) {
    const sum = payments.reduce((s, p) => s + (p.share ?? 0), 0);
    if (Math.abs(sum - 1) > 0.0001)
      context.addIssue({ code: "custom", path: ["payments"], message: `${t("各期付款比例合计须为 100%，现为")} ${formatPercent(sum)}` });
  }
  payments.forEach((p, i) => {
    if (typeof p.share === "number" && typeof p.amount === "number" && typeof d.total === "number"
      && Math.abs(Math.round(p.share * d.total * 100) / 100 - p.amount) > 0.01)
      context.addIssue({ code: "custom", path: ["payments", i, "amount"], message: t("金额须等于合同总额乘以比例") });
  });
});

const cents = (amount: number) => Math.round(amount * 100) / 100;

export const lineItemsSumMessage = (sum: number, total: number) => currentLang() === "en"
  ? `The line items add up to ${formatMoney(sum)}, not the contract total ${formatMoney(total)}`
  : `分项金额合计 ${formatMoney(sum)} 与合同总额 ${formatMoney(total)} 不一致`;

export const lineItemProductMessage = (index: number, product: number, amount: number) => currentLang() === "en"
  ? `Item ${index + 1}: people × months × unit price = ${formatMoney(product)}, not the amount ${formatMoney(amount)}`
  : `第 ${index + 1} 项：人数 × 月数 × 单价 = ${formatMoney(product)}，与金额 ${formatMoney(amount)} 不一致`;

export const formatPercent = (share: number) => `${Math.round(share * 10000) / 100}%`;

/** Local errors by server path, the first message of each. */
export function localErrors(definition: Definition): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const result of [definitionRules().safeParse(definition), crossFieldRules().safeParse(definition)])
    if (!result.success) for (const issue of result.error.issues) errors[serverPath(issue.path) || "$"] ??= issue.message;
  return errors;
}
