// "Waiting for you": what the signed-in person's side must answer, across every contract it sees — the other side's
// reported facts, the ledger entries (and adjustments) its side confirms, the statements its side signs off. The nav
// shows the count; the page lists the items. The server decides what waits (GET /api/waiting); nothing is decided here.
import { useSyncExternalStore } from "react";
import type { components } from "../generated/api";
import { api, type Contract, type LedgerEntry, type Obligation, type Role, type Session } from "./api";
import { sideOf, type FactRecord } from "./facts";

/**
 * A month's statement as GET /statements lists it. This branch's gateway sends month and url only; the sign-off API
 * (branch ledgerfin) adds when it was issued, who signed it off and whether the month is closed — typed here as
 * ledgerfin's OpenAPI document has them, optional until the branches meet.
 */
export interface WaitingStatement {
  month: string; url: string; issuedAt?: string | null; closedAt?: string | null; signOffDueAt?: string | null;
  signedOff?: { party: "institution" | "vendor"; user: string; at: string }[];
}
export interface WaitingForContract {
  contract: Contract;
  facts: FactRecord[];
  entries: { entry: LedgerEntry; adjustmentId: string | null; amount: number }[];
  statements: WaitingStatement[];
  /** To name what a fact is about. */
  obligations: Obligation[];
}

/** Undecided: proposed, disputed or still accruing (its amount so far may be decided, later growth comes as an adjustment). */
export const undecided = (status: LedgerEntry["status"]) => status === "proposed" || status === "disputed" || status === "accruing";

/**
 * Whether this role confirms the entry: the side the contract gives the confirmation (C2: the vendor, C3–C5: the
 * institution) — at the institution only its admins decide money.
 */
export const confirmsAs = (role: Role, confirmedBy: string | null | undefined) =>
  (role === "institution-admin" || role === "vendor") && (confirmedBy ?? "institution") === (role === "vendor" ? "vendor" : "institution");

/** Institution admins sign off for the institution (not its staff), vendor users for the vendor. */
export const signsOff = (role: Role) => role === "institution-admin" || role === "vendor";

/**
 * One request (GET /api/waiting, issue 20 §2): the server reads its cached views of every contract this session sees and
 * sends only what waits for this side, so the nav count no longer costs three requests per contract.
 */
type Summary = components["schemas"]["WaitingSummary"];
export async function loadWaiting(session: Session): Promise<WaitingForContract[]> {
  const side = sideOf(session.role);
  if (!side || side === "platform") return [];
  const summary = await api.get<Summary>("/api/waiting");
  return summary.contracts.map((c) => ({
    contract: c.contract as Contract,
    facts: c.facts as unknown as FactRecord[],
    entries: c.entries.map((e) => ({ entry: e.entry as unknown as LedgerEntry, adjustmentId: e.adjustmentId ?? null, amount: e.amount })),
    statements: c.statements as WaitingStatement[],
    obligations: c.obligations as unknown as Obligation[],
  }));
}

export const waitingCount = (items: WaitingForContract[]) =>
  items.reduce((n, c) => n + c.facts.length + c.entries.length + c.statements.length, 0);

// The count in the navigation: read after sign-in and again after each navigation (a decision elsewhere changes it).
let count: number | null = null;
const listeners = new Set<() => void>();
let reading = 0; // only the latest reading counts: an older one may be another person's, still in flight at sign-out
export async function refreshWaitingCount(session: Session) {
  const mine = ++reading;
  let next: number | null;
  try {
    next = waitingCount(await loadWaiting(session));
  } catch {
    next = null; // the nav shows no number rather than a wrong one
  }
  if (mine !== reading) return;
  count = next;
  listeners.forEach((l) => l());
}
/** Forgets the count (signed out): the next person must never see the previous one's number. */
export function resetWaitingCount() {
  reading++;
  count = null;
  listeners.forEach((l) => l());
}
export const useWaitingCount = () => useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => count);
