// Bundles the dashboard (src/main.ts, with Teams JS and Chart.js) into app.js and the meeting side panel
// (src/panel/main.ts, Teams JS only) into panel.js: node build.mjs [outdir] (default dist).
import { build } from "esbuild";

const outdir = process.argv[2] ?? "dist";
await build({
  entryPoints: { app: "src/main.ts", panel: "src/panel/main.ts" },
  bundle: true,
  minify: true,
  target: "es2020",
  format: "iife",
  legalComments: "eof",
  outdir,
  logLevel: "warning",
});
