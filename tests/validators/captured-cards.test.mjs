import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "./lib/app-package.mjs";
import { validateCard } from "./lib/card-validator.mjs";

// Every card the integration and end-to-end tests saw the bot send or answer with (written by their capture
// hooks, see docs/cards.md). scripts/test.sh runs the validators after the .NET tests, so they are all here;
// alone, with no .NET run before, the folder is empty and there is nothing to check.
const capturedDir = process.env.CAPTURED_CARDS_DIR
  ? path.resolve(process.env.CAPTURED_CARDS_DIR)
  : path.join(repoRoot, "artifacts", "test-output", "cards");
const files = existsSync(capturedDir) ? readdirSync(capturedDir).filter((f) => f.endsWith(".json")).sort() : [];

describe(`every card the integration and end-to-end tests produced (${capturedDir})`, () => {
  if (files.length === 0) {
    it("none captured: run the .NET integration or end-to-end tests first", { skip: true }, () => {});
    return;
  }
  // Many runs produce the same card many times: validate each distinct JSON once.
  const seen = new Map();
  for (const file of files) {
    const json = readFileSync(path.join(capturedDir, file), "utf8");
    if (!seen.has(json)) seen.set(json, file);
  }
  it(`${seen.size} distinct cards of ${files.length} captured are valid`, () => {
    const failures = [];
    for (const [json, file] of seen) {
      const errors = validateCard(JSON.parse(json));
      if (errors.length > 0) failures.push(`${file}: ${errors.join("; ")}`);
    }
    assert.deepEqual(failures, []);
  });
});
