import { useSyncExternalStore } from "react";

// A router of a few lines: the gateway answers every non-API path with index.html, the portal picks the page.
const listeners = new Set<() => void>();
window.addEventListener("popstate", () => listeners.forEach((l) => l()));

export function navigate(path: string, replace = false) {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  window.scrollTo(0, 0);
  listeners.forEach((l) => l());
}

export function usePath(): string {
  return useSyncExternalStore((l) => (listeners.add(l), () => listeners.delete(l)), () => location.pathname);
}

/** Plain links that route in the page (a modified click still opens a new tab). */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute("href")!);
}
