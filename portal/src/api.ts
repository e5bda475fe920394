// Every call goes through the gateway's /api with the session cookie; writes carry the CSRF header the gateway
// checks (the value of the readable __Host-vg_csrf cookie) and an Idempotency-Key so a double click records once.
import { t } from "./i18n";

export interface Party { id: string; name: string }
export type Role = "platform-admin" | "institution-admin" | "institution-staff" | "vendor";
/** One of the signed-in person's roles at one party; a person invited by several parties has several. */
export interface Membership { id: number; role: Role; institution: Party | null; vendor: Party | null }
export interface Session {
  username: string; displayName: string; role: Role;
  institution: Party | null; vendor: Party | null; membership: number | null; memberships: Membership[];
}
/** A sign-in's answer: the session, and the return path the server accepted (only a path of this site), or null. */
export interface SignedIn extends Session { returnTo: string | null }
export interface Contract {
  id: string; number: string; title: string; institution: Party; vendor: Party;
  start: string; end: string; total: number; totalInWords?: string;
}
export type ObligationStatus = "open" | "met" | "late" | "breached" | "deemed-approved" | "waived";
export interface Obligation {
  id: string; clauseId: string; title: string; party: "vendor" | "institution"; dueAt: string | null;
  status: ObligationStatus; metAt: string | null; lateDays: number; provisional: boolean;
}
export interface LedgerEntry {
  id: string; clauseId: string; obligationId: string | null; amount: number;
  status: "proposed" | "confirmed" | "deemed-confirmed" | "disputed" | "waived"; kind: string; payer: string;
  basis: string; proposedAt: string; disputeWindowEndsAt: string | null; rangeMin: number | null; rangeMax: number | null; final: boolean;
}
export interface Payment {
  id: string; label: string; gross: number; dueAt: string | null;
  status: "scheduled" | "awaiting-invoice" | "due" | "overdue" | "paid"; deductions: number; net: number; paid: number;
  provisional: boolean; unmetConditions: string[];
}
export interface Totals { proposed: number; confirmed: number; disputed: number; waived: number; owedByClient: number }
export interface Evaluation {
  asOf: string; obligations: Obligation[]; ledger: LedgerEntry[]; totals: Totals;
  terminationRights: { clauseId: string; basis: string; since: string }[]; payments: Payment[];
}
export interface VendorObligation extends Omit<Obligation, "party"> { institution: Party; contractId: string }
export interface CalendarDay { date: string; name: string }
export interface CalendarInfo {
  announcedYears: number[]; lastAnnouncedDate: string; closures: string[]; workStarts: string; workEnds: string;
  holidays?: CalendarDay[]; makeUpDays?: CalendarDay[];
}
export interface AuditEntry {
  id: number; at: string; subject: string; role: string | null; tenant: string | null; method: string; route: string;
  resourceId: string | null; requestId: string; status: number;
}

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
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, t("无法连接服务器，请检查网络"));
  }
  if (response.status === 204) return { data: undefined as T, response };
  const type = response.headers.get("Content-Type") ?? "";
  const data = type.includes("json") ? await response.json().catch(() => null) : null;
  if (response.ok) return { data: data as T, response };
  if (response.status === 401) unauthorizedListener?.(path);
  const problem = (data ?? {}) as { errors?: Record<string, string[]>; type?: string; detail?: string };
  // The server's own detail is English for developers; people get a plain Chinese sentence by status, and a 409
  // (e.g. the claim window closed) keeps its detail since it says which state blocked the action.
  const message = plainMessage(response.status) + (response.status === 409 && problem.detail ? `（${problem.detail}）` : "");
  throw new ApiError(response.status, message, problem.errors ?? {}, problem.type ?? "");
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
  put: <T,>(path: string, body?: unknown) => call<T>("PUT", path, body ?? {}),
};

export function asOfQuery(asOf: string | null): string {
  return asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
}
