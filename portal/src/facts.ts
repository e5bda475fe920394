// The two-party facts of a contract (docs/LEDGER.md §1) and what hangs off them: record, acknowledge, dispute, evidence,
// statement sign-off. Each call is one small typed function so a page never builds these paths itself.
//
// Evidence (branch `evidence`) and statement sign-off (branch `ledgerfin`) are not in this branch's OpenAPI document:
// their shapes are written out here by hand from the agreed API and meet the generated types when the branches merge.
import { api, ApiError } from "./api";
import type { components } from "../generated/api";

type S = components["schemas"];
export type FactRecord = S["FactRecord"];
export type ContractFact = S["ContractFact"];
export type FactStatus = S["FactStatus"];
export type ReportingParty = S["ReportingParty"];
export type Incident = S["IncidentView"];
export type Staffing = S["StaffingEvaluation"];

const contractPath = (contractId: string) => `/api/contracts/${encodeURIComponent(contractId)}`;

/** Every fact of the contract in recording order, with its standing as the server sees it now. */
export const listFacts = (contractId: string) => api.getAll<FactRecord>(`${contractPath(contractId)}/events`);

/** The members a client may send for a fact; the server adds reporter and recordedAt from the session and its clock. */
export type NewFact = { type: "obligation-met"; id: string; obligationId: string; occurredAt: string; note?: string | null };

export const recordFact = (contractId: string, fact: NewFact) => api.post<ContractFact>(`${contractPath(contractId)}/events`, fact);

/** The counterparty's answer to a fact reported about one's own performance; a dispute needs a reason. */
export const acknowledgeFact = (contractId: string, factId: string) =>
  api.post<S["FactAnswered"]>(`${contractPath(contractId)}/events/${encodeURIComponent(factId)}/acknowledge`, { reason: null });
export const disputeFact = (contractId: string, factId: string, reason: string) =>
  api.post<S["FactAnswered"]>(`${contractPath(contractId)}/events/${encodeURIComponent(factId)}/dispute`, { reason });

/** An institution opens an incident (报修); its id is the portal's, unique per minute and summary. */
export const openIncident = (contractId: string, body: { id: string; openedAt: string; severity: "normal" | "major" | "emergency"; campus: string | null; summary: string }) =>
  api.post<unknown>(`${contractPath(contractId)}/incidents`, body);
export const recordIncidentStep = (contractId: string, incidentId: string, type: string, at: string) =>
  api.post<unknown>(`${contractPath(contractId)}/incidents/${encodeURIComponent(incidentId)}/events`, { type, at });
export const listIncidents = (contractId: string) => api.getAll<Incident>(`${contractPath(contractId)}/incidents`);

/** One day of an engineer's attendance under the contract (once per engineer and day). */
export const recordAttendance = (contractId: string, engineer: string, date: string, onSite: boolean) =>
  api.post<ContractFact>(`/api/engineers/${encodeURIComponent(engineer)}/attendance`, { contract: contractId, date, onSite });
export const getStaffing = (contractId: string) => api.get<Staffing>(`${contractPath(contractId)}/staffing`);

/** A file attached to a fact (branch `evidence`): named by its SHA-256, who attached it and when. */
export interface Evidence {
  sha256: string; fileName: string; contentType: string; size: number; attachedAt: string;
  attachedBy: { party: ReportingParty; user: string };
}

/** The evidence of one fact; null when this gateway has no evidence API yet (a 404 on the list itself). */
export async function listEvidence(contractId: string, factId: string): Promise<Evidence[] | null> {
  try {
    return await api.getAll<Evidence>(`${contractPath(contractId)}/events/${encodeURIComponent(factId)}/evidence`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Where the bytes of one piece of evidence are read (the session cookie goes with a plain link). */
export const evidenceUrl = (contractId: string, sha256: string) => `${contractPath(contractId)}/evidence/${encodeURIComponent(sha256)}`;

/** Attaches one file (multipart, one part `file`); the server names and dates it. */
export const attachEvidence = (contractId: string, factId: string, file: File) => {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.upload<Evidence>(`${contractPath(contractId)}/events/${encodeURIComponent(factId)}/evidence`, form);
};

/** One side signs off a month's statement (branch `ledgerfin`); the month closes once both have, or its window passed. */
export const signOffStatement = (contractId: string, month: string) =>
  api.post<unknown>(`${contractPath(contractId)}/statements/${encodeURIComponent(month)}/sign-off`, {});

/** The side a signed-in role reports for. */
export const sideOf = (role: string): ReportingParty | null =>
  role === "vendor" ? "vendor" : role === "institution-admin" || role === "institution-staff" ? "institution" : null;

/** A fact the caller's side answers: the other side reported it about its own performance and nobody answered yet. */
export const awaitsAnswerFrom = (record: FactRecord, side: ReportingParty | null) =>
  side !== null && record.status === "reported" && record.answer === null && !!record.fact.reporter && record.fact.reporter.party !== side
  && record.fact.reporter.party !== "platform";
