// Runs the portal's Node tests (portal/tests/*.test.ts): bundles each with Vite for Node (the same TypeScript and module
// resolution as the portal's build) under node_modules/.cache, then runs them with `node --test`. `npm test` runs this;
// so does VendorGrid.Portal.Tests (PortalModelTests), so `./vg test` counts them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const portal = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(portal, "node_modules", ".cache", "vg-node-tests");
const tests = readdirSync(join(portal, "tests")).filter((f) => f.endsWith(".test.ts"));
await build({
  root: portal, configFile: false, logLevel: "warn",
  build: {
    ssr: true, outDir, emptyOutDir: true, target: "node20", minify: false,
    rollupOptions: { input: Object.fromEntries(tests.map((f) => [f.replace(/\.ts$/, ""), join(portal, "tests", f)])), output: { format: "es", entryFileNames: "[name].mjs" } },
  },
});
const run = spawnSync(process.execPath, ["--test", ...tests.map((f) => join(outDir, f.replace(/\.ts$/, ".mjs")))],
  { stdio: "inherit", env: { ...process.env, VG_SEEDS: process.env.VG_SEEDS ?? resolve(portal, "..", "seeds") } });
process.exit(run.status ?? 1);
