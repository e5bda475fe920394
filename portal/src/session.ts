import { useSyncExternalStore } from "react";
import { api, ApiError, type Session } from "./api";

// The signed-in person, as GET /api/auth/me reports it (the HttpOnly cookie itself is out of the page's reach).
let session: Session | null | undefined = undefined; // undefined: not asked yet
const listeners = new Set<() => void>();
const publish = (s: Session | null) => { session = s; listeners.forEach((l) => l()); };

export function useSession(): Session | null | undefined {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => session);
}

export async function refreshSession() {
  try {
    publish(await api.get<Session>("/api/auth/me"));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 404)) publish(null);
    else throw e;
  }
}

export async function signIn(username: string, password: string): Promise<Session> {
  const s = await api.post<Session>("/api/auth/login", { username, password });
  publish(s);
  return s;
}

export async function signOut() {
  try { await api.post("/api/auth/logout"); } finally { publish(null); }
}

export function homeFor(s: Session): string {
  if (s.role === "platform-admin") return "/admin";
  if (s.role === "vendor") return "/vendor";
  return "/institution";
}
