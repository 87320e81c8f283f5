import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The staff web app. `vite build` writes dist/web, which the server serves under /app/;
 * `vite` (npm run dev:web) serves it with hot reload and forwards /api to a server on port 3000.
 * The proxy keeps the Host header so the server's same-origin (CSRF) check sees one origin.
 */
export default defineConfig({
  root: fromRoot("./src/web"),
  base: "/app/",
  plugins: [react()],
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
            { name: "mantine", test: /[\\/]node_modules[\\/]@mantine[\\/]/, priority: 2 },
            { name: "vendor", test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
});
