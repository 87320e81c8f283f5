import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { webBuildDir } from "../platform/http/web-app.js";

const sourceRoots = ["src/web", "src/common", "vite.config.ts", "package-lock.json"];

function findNewestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, findNewestModification(path.join(entry, child))), stat.mtimeMs);
}

/** Part of `npm start`: builds the staff web app when there is no build or the sources are newer. */
function buildWebIfNeeded() {
  const index = path.join(webBuildDir, "index.html");
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const changedAt = Math.max(...sourceRoots.map(findNewestModification));
  if (builtAt >= changedAt) return;
  process.stdout.write("Building the staff web app …\n");
  execFileSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], {
    stdio: "inherit",
  });
}

buildWebIfNeeded();
