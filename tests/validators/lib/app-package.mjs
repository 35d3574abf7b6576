import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readZip } from "./zip.mjs";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const manifestDir = path.join(repoRoot, "manifest");
const packageScript = path.join(repoRoot, "scripts", "package-app.sh");

export const testValues = {
  BOT_ID: "6f1c3a52-8d4e-4b7a-9c21-0e5d7f9a3b10",
  BOT_DOMAIN: "opsrhythm.contoso.test",
};

/** Runs scripts/package-app.sh as a person would; returns its exit code and output. */
export function runPackageScript(env) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "opsrhythm-package-")), "appPackage.zip");
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !["BOT_ID", "MicrosoftAppId", "BOT_DOMAIN", "TEAMS_APP_ID", "APP_VERSION"].includes(key)),
  );
  const result = spawnSync("bash", [packageScript], { env: { ...clean, ...env, OUT: out }, encoding: "utf8" });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, out };
}

/** Builds the package with the test values and returns its entries (name -> Buffer). */
export function buildTestPackage(extraEnv = {}) {
  const result = runPackageScript({ ...testValues, ...extraEnv });
  if (result.status !== 0) throw new Error(`package-app.sh failed (${result.status}): ${result.stderr}`);
  return readZip(readFileSync(result.out));
}

const require = createRequire(import.meta.url);
const schemaRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build");

/**
 * The schema a document names in $schema, read from the copies bundled in @microsoft/app-manifest, so
 * validation never reaches for the network (the library would download a schema it does not bundle).
 */
export function bundledSchemaFor(document) {
  const match = /\/json-schemas\/(teams\/v[^/]+\/[^/]+\.json)$/.exec(document.$schema ?? "");
  if (!match) throw new Error(`$schema '${document.$schema}' is not a Teams schema URL`);
  const file = path.join(schemaRoot, "json-schemas", match[1]);
  const schema = JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
  repairPatternProperties(schema);
  return schema;
}

/**
 * Every bundled Localization schema (v1.13 to v1.30) has a pattern with an unescaped "]"
 * ("activities.activityTypes\\[\\b(...)\\b]\\.description"). Ajv compiles patterns with the
 * unicode flag, where a lone "]" is a syntax error, so the library cannot compile the schema as shipped.
 * Escaping that one bracket keeps the pattern's meaning; any other invalid pattern still fails loudly.
 */
function repairPatternProperties(schema) {
  const patterns = schema.patternProperties;
  if (!patterns) return;
  for (const key of Object.keys(patterns)) {
    if (isUnicodeRegex(key)) continue;
    const repaired = key.replaceAll("\\b]", "\\b\\]");
    if (!isUnicodeRegex(repaired)) throw new Error(`schema pattern cannot be compiled: ${key}`);
    patterns[repaired] = patterns[key];
    delete patterns[key];
  }
}

function isUnicodeRegex(pattern) {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

export { execFileSync };
