// Bundles src/main.ts with Teams JS and Chart.js into one script: node build.mjs [outdir] (default dist).
import { build } from "esbuild";

const outdir = process.argv[2] ?? "dist";
await build({
  entryPoints: ["src/main.ts"],
  bundle: true,
  minify: true,
  target: "es2020",
  format: "iife",
  legalComments: "eof",
  outfile: `${outdir}/app.js`,
  logLevel: "warning",
});
