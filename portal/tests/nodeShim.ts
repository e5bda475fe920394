// What the portal's modules expect of a browser at load time (i18n remembers the language in localStorage and sets
// <html lang>), for the tests that run them in Node.
const memory = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) },
  document: { documentElement: { lang: "zh-CN" } },
});
