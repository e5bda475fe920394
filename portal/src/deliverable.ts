import { api } from "./api";

/** A vendor reports a deliverable as submitted: an obligation-met fact, idempotent by its id (one per obligation and minute). */
export function submitDeliverable(contractId: string, obligationId: string) {
  const now = new Date();
  const id = `portal-met-${obligationId}-${now.toISOString().slice(0, 16)}`.replace(/[^A-Za-z0-9@:._-]/g, "-").slice(0, 128);
  return api.post(`/api/contracts/${encodeURIComponent(contractId)}/events`, {
    id, type: "obligation-met", occurredAt: now.toISOString(), obligationId,
  });
}
