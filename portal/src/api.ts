// Every call goes through the gateway's /api with the session cookie; writes carry the CSRF header the gateway
// checks (the value of the readable __Host-vg_csrf cookie) and an Idempotency-Key so a double click records once.
import { t, currentLang } from "./i18n";

const isEnglish = () => currentLang() === "en";

import type { components } from "../generated/api";

// The API's shapes come from the gateway's OpenAPI document (generated/api.ts, made by the build): a field the server
// renames or retypes fails the portal's type check. Only what the document cannot say is narrowed here.
type S = components["schemas"];
export type Party = S["PartyItem"];
export type Role = "platform-admin" | "institution-admin" | "institution-staff" | "vendor";
/** One of the signed-in person's roles at one party; a person invited by several parties has several. */
export type Membership = Omit<S["MembershipView"], "role"> & { role: Role };
export type Session = Omit<S["SignedInUser"], "role" | "memberships"> & { role: Role; memberships: Membership[] };
/** A sign-in's answer: the session, and the return path the server accepted (only a path of this site), or null. */
export type SignedIn = Session & Pick<S["SignInAnswer"], "returnTo">;
export type Contract = S["ContractItem"] & { totalInWords?: string; definitionConfirmation?: S["DefinitionConfirmation"] };
export type ContractDetail = S["ContractDetail"];
export type ObligationStatus = S["ObligationStatus"];
export type Obligation = S["ObligationInstance"];
/** A decimal the gateway may send as null: the document loses nullability for decimals. */
export type LedgerEntry = Omit<S["LedgerEntry"], "rangeMin" | "rangeMax"> & { rangeMin: number | null; rangeMax: number | null };
export type Payment = S["PaymentView"];
export type Totals = S["LedgerTotals"];
/** Cautions before confirming, e.g. uncapped penalties past 30 % of the total (Civil Code art. 585). */
export type EvaluationWarning = S["EvaluationWarning"];
export type Evaluation = Omit<S["ContractEvaluation"], "ledger"> & { ledger: LedgerEntry[] };
export type VendorObligation = S["VendorObligation"];
export type VendorMe = S["VendorMe"];
export type CalendarDay = S["CalendarDayInfo"];
export type CalendarInfo = S["CalendarInfo"];
export type AuditEntry = S["AuditEntry"];
export type UserView = S["UserView"];
export type NotificationView = S["NotificationView"];
export type WebhookView = S["WebhookView"];
export type ReminderPolicy = S["ReminderPolicy"];
export type FailedDelivery = S["FailedDelivery"];
export type ServerToday = S["ServerToday"];
export type PendingInvitation = S["PendingInvitation"];
export type InvitationCreated = S["InvitationCreated"];
export type InvitationView = S["InvitationView"];

/** A refused or failed call, with a message in plain language and the server's field errors by JSON path. */
export class ApiError extends Error {
  constructor(public status: number, message: string, public fieldErrors: Record<string, string[]> = {}, public type = "") {
    super(message);
  }
}

const csrfCookie = "__Host-vg_csrf=";
function csrfToken(): string {
  const match = document.cookie.split("; ").find((c) => c.startsWith(csrfCookie));
  return match ? decodeURIComponent(match.slice(csrfCookie.length)) : "";
}

function plainMessage(status: number): string {
  if (status === 401) return t("登录已过期，请重新登录");
  if (status === 403) return t("您没有权限执行此操作");
  if (status === 404) return t("未找到");
  if (status === 409) return t("该操作与当前状态冲突");
  if (status === 413) return t("提交的内容过大");
  if (status === 422 || status === 400) return t("提交的内容有误，请检查标出的字段");
  if (status === 429) return t("请求过于频繁，请稍后再试");
  return t("服务暂时不可用，请稍后再试");
}

/** Told of every 401 from the API; the session module registers itself here (the session ran out or was revoked). */
let unauthorizedListener: ((path: string) => void) | null = null;
export function onUnauthorized(listener: (path: string) => void) { unauthorizedListener = listener; }

async function request<T>(method: string, path: string, body?: unknown): Promise<{ data: T; response: Response | null }> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") {
    headers["X-VG-CSRF"] = csrfToken();
    if (method === "POST") headers["Idempotency-Key"] = crypto.randomUUID();
  }
  // A form (a file upload) sets its own multipart boundary; everything else is JSON.
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, t("无法连接服务器，请检查网络"));
  }
  if (response.status === 204) return { data: undefined as T, response };
  const type = response.headers.get("Content-Type") ?? "";
  const data = type.includes("json") ? await response.json().catch(() => null) : null;
  if (response.ok) return { data: data as T, response };
  if (response.status === 401) unauthorizedListener?.(path);
  const problem = (data ?? {}) as { errors?: Record<string, string[]>; type?: string; detail?: string; currentName?: string };
  throw new ApiError(response.status, problemMessage(response.status, problem), problem.errors ?? {}, problem.type ?? "");
}

/**
 * What a refusal says to a person: a sentence of its own for each problem type a page can meet, else a plain one by
 * status. The server's detail is English for developers; it is shown only on the English page, after the sentence.
 */
function problemMessage(status: number, problem: { type?: string; detail?: string; currentName?: string }): string {
  const known: Record<string, string> = {
    "urn:vendorgrid:problem:party-name-differs": `${t("该标识已入驻，名称为")}「${problem.currentName ?? ""}」${t("；入驻不会更改名称")}`,
    "urn:vendorgrid:problem:cannot-disable-self": t("不能停用自己的账户，请联系其他管理员"),
    "urn:vendorgrid:problem:already-a-member": t("该账户已是本单位成员"),
    "urn:vendorgrid:problem:mail-not-configured": t("邮件服务未配置，无法发送邮件"),
    "urn:vendorgrid:problem:mail-not-sent": t("邮件发送失败，请稍后再试"),
    "urn:vendorgrid:problem:claim-window-closed": t("异议期已过，不能再提出异议"),
    "urn:vendorgrid:problem:invitation-not-found": t("邀请链接无效或已使用"),
    "urn:vendorgrid:problem:invitation-expired": t("邀请已过期，请联系管理员重新邀请"),
  };
  const sentence = (problem.type && known[problem.type]) || plainMessage(status);
  return isEnglish() && problem.detail && status !== 401 ? `${sentence} (${problem.detail})` : sentence;
}

const call = async <T,>(method: string, path: string, body?: unknown) => (await request<T>(method, path, body)).data;

/** The target of a `Link: <…>; rel="next"` header (RFC 8288), or null on the last page. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(",")) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    const rel = match && /;\s*rel="?([^";]*)"?/i.exec(match[2]);
    if (rel && rel[1].trim().split(/\s+/).includes("next")) return match![1];
  }
  return null;
}

/** A whole list: every page, following the gateway's Link headers to the end (a list that is not paged is one page). */
async function getAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (let next: string | null = path; next && !seen.has(next);) {
    seen.add(next); // a server that repeats a link must not keep the page loading forever
    const { data, response } = await request<T[]>("GET", next);
    items.push(...(data ?? []));
    next = nextLink(response?.headers.get("Link") ?? null);
  }
  return items;
}

export const api = {
  get: <T,>(path: string) => call<T>("GET", path),
  getAll,
  post: <T,>(path: string, body?: unknown) => call<T>("POST", path, body ?? {}),
  /** A multipart POST (a file), with the same CSRF header and Idempotency-Key as every write. */
  upload: <T,>(path: string, form: FormData) => call<T>("POST", path, form),
  put: <T,>(path: string, body?: unknown) => call<T>("PUT", path, body ?? {}),
  delete: (path: string) => call<void>("DELETE", path),
};

export function asOfQuery(asOf: string | null): string {
  return asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
}
