import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The Microsoft 365 Agents Toolkit CLI ships the JSON schema of m365agents.yml for each version. The whole
// CLI is 500+ packages with native modules, so only its own tarball is fetched (npm pack, no dependencies)
// and the one schema file kept, in the repository's .cache, once.
export const toolkitVersion = "1.1.17";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const cache = path.join(repoRoot, ".cache", `agents-toolkit-${toolkitVersion}`);

export function toolkitYamlSchema(schemaVersion) {
  const file = path.join(cache, "yaml-schema", schemaVersion, "yaml.schema.json");
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const tarball = execFileSync("npm", ["pack", `@microsoft/m365agentstoolkit-cli@${toolkitVersion}`, "--silent"], { cwd: cache, encoding: "utf8" }).trim().split("\n").pop();
    try {
      execFileSync("tar", ["xzf", tarball, "--strip-components=2", "package/resource/yaml-schema"], { cwd: cache });
    } finally {
      rmSync(path.join(cache, tarball), { force: true });
    }
  }

  return JSON.parse(readFileSync(file, "utf8"));
}

export const projectRoot = repoRoot;
