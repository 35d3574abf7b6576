import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, before } from "node:test";
import Ajv from "ajv";
import { parse } from "yaml";
import { projectRoot, toolkitYamlSchema } from "./lib/agents-toolkit-schema.mjs";

// m365agents.yml and its env files, checked offline against the Agents Toolkit's own schema (the CLI's
// `validate` needs a signed-in tenant for what it checks beyond the manifest, see testing notes).
describe("Agents Toolkit project (m365agents.yml)", () => {
  let project;
  let validate;
  before(() => {
    project = parse(readFileSync(path.join(projectRoot, "m365agents.yml"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    validate = ajv.compile(toolkitYamlSchema(project.version));
  });

  it("is valid against the Toolkit's schema for its version", () => {
    assert.ok(validate(project), JSON.stringify(validate.errors, null, 2));
  });

  it("the schema check can fail: an unknown action is refused", () => {
    const broken = structuredClone(project);
    broken.provision[0].uses = "teamsApp/createe";
    assert.equal(validate(broken), false);
  });

  it("has provision and deploy, and deploy publishes the bot project", () => {
    assert.ok(project.provision?.length > 0);
    const commands = project.deploy.map((step) => step.uses);
    assert.ok(commands.includes("azureAppService/zipDeploy"), commands.join(", "));
    assert.ok(project.deploy.some((step) => String(step.with?.args ?? "").includes("bot/OpsRhythm.Bot")));
  });

  it("every ${{VARIABLE}} it uses is declared in env/.env.dev, which holds no secret", () => {
    const text = readFileSync(path.join(projectRoot, "m365agents.yml"), "utf8");
    const used = new Set([...text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1]));
    const env = readFileSync(path.join(projectRoot, "env", ".env.dev"), "utf8");
    const declared = new Map([...env.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    for (const name of used) {
      assert.ok(declared.has(name), `${name} is used in m365agents.yml but not declared in env/.env.dev`);
    }
    for (const [name, value] of declared) {
      assert.ok(!/SECRET|PASSWORD|KEY$/.test(name) || value === "", `${name} must not hold a value in a committed env file`);
    }
  });
});
