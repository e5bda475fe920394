import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The gateway serves dist/ at / (src/Gateway/Portal/PortalFiles.cs); `npm run dev` proxies the API to a local ./vg up.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
