import { useSyncExternalStore } from "react";
import { api, ApiError, onUnauthorized, type Session, type SignedIn } from "./api";
import { navigate } from "./router";

// The signed-in person, as GET /api/auth/me reports it (the HttpOnly cookie itself is out of the page's reach).
let session: Session | null | undefined = undefined; // undefined: not asked yet
const listeners = new Set<() => void>();
const publish = (s: Session | null) => { session = s; listeners.forEach((l) => l()); };

export function useSession(): Session | null | undefined {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => session);
}

// Where to go back to after signing in, and whether the sign-in page should say the session ran out. Kept in
// sessionStorage so a reload of the sign-in page keeps them, and nothing of them outlives the tab. A page remembered
// when a session ran out belongs to that person: someone else signing in next in the same tab starts at their own
// home, never on a page of the previous user's that may not exist for them.
const returnKey = "vg.returnTo", expiredKey = "vg.sessionExpired";

/** Remembers the page (path and query) to come back to after signing in, for `username` (null: whoever signs in). */
export function rememberReturnPath(path: string, username: string | null = null) {
  if (!path.startsWith("/login")) sessionStorage.setItem(returnKey, JSON.stringify({ path, username }));
}

/** The remembered page, once, if it was remembered for this user (or for whoever signs in); else null. */
function takeReturnPath(username: string): string | null {
  const stored = sessionStorage.getItem(returnKey);
  sessionStorage.removeItem(returnKey);
  let remembered: { path?: unknown; username?: unknown } = {};
  try { remembered = JSON.parse(stored ?? "{}"); } catch { return null; }
  const path = typeof remembered.path === "string" ? remembered.path : null;
  const forWhom = typeof remembered.username === "string" ? remembered.username : null;
  return forWhom !== null && forWhom.toLowerCase() !== username.toLowerCase() ? null : path;
}

/** True after a signed-in page met a 401: the sign-in page explains why the person is there (until signed in again). */
export const sessionExpired = () => sessionStorage.getItem(expiredKey) === "1";

// Any 401 while someone is signed in means the cookie session ended (expired, signed out elsewhere, account
// disabled): go to the sign-in page, say so, and come back here afterwards. A 401 from the sign-in call itself is a
// wrong password, and one before anyone signed in is simply the signed-out start.
onUnauthorized((path) => {
  if (!session || signingOut || path.startsWith("/api/auth/login") || path.startsWith("/api/auth/logout")) return;
  rememberReturnPath(location.pathname + location.search, session.username);
  sessionStorage.setItem(expiredKey, "1");
  publish(null);
  navigate("/login", true);
});

export async function refreshSession() {
  try {
    publish(await api.get<Session>("/api/auth/me"));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 404)) publish(null);
    else throw e;
  }
}

/**
 * Signs in and says where to go: the remembered page if it was this person's and the gateway accepted it, else the
 * role's home. Whether it is a page of this site is not checked here: the gateway answers it back as returnTo only when it is a path of this site — one check (LocalPaths on
 * the server) for this and for the OIDC returnUrl.
 */
export async function signIn(username: string, password: string): Promise<string> {
  const returnUrl = takeReturnPath(username);
  const s = await api.post<SignedIn>("/api/auth/login", { username, password, returnUrl });
  sessionStorage.removeItem(expiredKey);
  publish(s);
  return s.returnTo ?? homeFor(s);
}

/** Acts for another of the person's memberships (a new session replaces this one), then opens its home page. */
export async function switchMembership(id: number) {
  const s = await api.post<Session>("/api/auth/membership", { membership: id });
  publish(s);
  navigate(homeFor(s));
}

/**
 * Signs out on purpose: nothing of this person's is kept to come back to, and the sign-in page comes first, before
 * anything still loading for the old page can answer 401 and be taken for an expired session.
 */
export async function signOut() {
  signingOut = true;
  try {
    await api.post("/api/auth/logout");
  } finally {
    sessionStorage.removeItem(returnKey);
    sessionStorage.removeItem(expiredKey);
    navigate("/login", true);
    publish(null);
    signingOut = false;
  }
}
let signingOut = false;
/** True while a sign-out is under way (its own 401s and the page it leaves are not an expired session). */
export const isSigningOut = () => signingOut;

export function homeFor(s: Session): string {
  if (s.role === "platform-admin") return "/admin";
  if (s.role === "vendor") return "/vendor";
  return "/institution";
}
