import { api } from "./api";
import { freshServerInstant } from "./serverTime";

/**
 * A vendor reports a deliverable as submitted now, by the server's clock: an obligation-met fact, idempotent by its id
 * (one per obligation and minute).
 */
export async function submitDeliverable(contractId: string, obligationId: string) {
  const now = await freshServerInstant();
  const id = `portal-met-${obligationId}-${now.slice(0, 16)}`.replace(/[^A-Za-z0-9@:._-]/g, "-").slice(0, 128);
  return api.post(`/api/contracts/${encodeURIComponent(contractId)}/events`, {
    id, type: "obligation-met", occurredAt: now, obligationId,
  });
}
