// Where a contract stands in its life, by its term and the server's today: not yet in force, in force, run out, or
// ended early. An ended contract (run out or terminated) is no longer something to watch: it leaves 需关注.
import type { Contract } from "./api";
import { shanghaiDay } from "./format";
import { t, type Lang } from "./i18n";

export type ContractState = "pending" | "active" | "expired" | "terminated";

/** A contract as listed, and its termination when the API reports one (an instant or a day). */
type Termed = Pick<Contract, "start" | "end"> & { terminatedAt?: string | null; termination?: { at?: string | null } | null };

export function contractState(contract: Termed, today: string): ContractState {
  const terminated = contract.terminatedAt ?? contract.termination?.at ?? null;
  if (terminated && (terminated.length === 10 ? terminated : shanghaiDay(terminated)) <= today) return "terminated";
  if (today < contract.start) return "pending";
  if (today > contract.end) return "expired";
  return "active";
}

export const contractStateLabel = (s: ContractState, lang?: Lang) =>
  t({ pending: "未生效", active: "履行中", expired: "已到期", terminated: "已终止" }[s], lang);

export const isEnded = (s: ContractState) => s === "expired" || s === "terminated";
