// "Now" in the portal is the server's: the silos measure every deadline, window and statement month against their
// own clock, so the portal asks GET /api/calendar/today and never reads the browser's date. Between two readings it
// moves the server's instant on by the page's monotonic time; every navigation, a return to the tab and every write
// read it afresh.
import { useSyncExternalStore } from "react";
import { api } from "./api";

export interface ServerToday { now: string; date: string }

let reading: { serverMs: number; pageMs: number } | null = null;
const listeners = new Set<() => void>();

/** Reads the server's clock, tells every component that shows a date, and returns the server's instant as read. */
export async function syncServerTime(): Promise<string> {
  const today = await api.get<ServerToday>("/api/calendar/today");
  reading = { serverMs: Date.parse(today.now), pageMs: performance.now() };
  listeners.forEach((l) => l());
  return today.now;
}

/** The server's current instant (ms since the epoch); only valid once a reading has arrived (App waits for it). */
export function serverNow(): number {
  if (!reading) throw new Error("the server's time has not been read yet");
  return reading.serverMs + (performance.now() - reading.pageMs);
}

/**
 * The server's instant right now, read afresh and sent back exactly as read: a time the portal records is the server's
 * own, never moved on by the page's clock (which would put it ahead of a server whose clock stands still in tests).
 */
export const freshServerInstant = (): Promise<string> => syncServerTime();

/** Re-renders when the server's clock has been read again; false until the first reading. */
export function useServerTime(): boolean {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => reading) !== null;
}
