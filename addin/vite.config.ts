import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

// The C# host serves the built pane at /addin/taskpane.html, same origin as /api.
export default defineConfig({
  base: "/addin/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Office clients embed a recent Edge/WebView2 or Safari; no need for legacy output.
    target: "es2022",
    // Fluent UI makes the pane one ~580 kB chunk (~160 kB gzipped), served from the host
    // itself; MSAL is split off and only loaded in signed-in mode.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: {
        taskpane: resolve(import.meta.dirname, "taskpane.html"),
        // The settings page of TeamBot's message extension in Teams, served by the same host.
        "teams-instellingen": resolve(import.meta.dirname, "teams-instellingen.html"),
      },
    },
  },
  server: {
    // `npm run dev` against a locally running host: the pane calls /api on its own origin.
    proxy: { "/api": "http://localhost:5000" },
  },
  test: {
    environment: "node",
    include: ["tests/**/*.test.{ts,tsx}"],
    // Component tests opt in with `// @vitest-environment happy-dom`.
    restoreMocks: true,
  },
});
