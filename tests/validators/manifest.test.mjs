import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it, before } from "node:test";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { decodePng } from "./lib/png.mjs";
import { buildTestPackage, bundledSchemaFor, manifestDir, runPackageScript, testValues } from "./lib/app-package.mjs";

const json = (buffer) => JSON.parse(buffer.toString("utf8"));

describe("Teams app package", () => {
  let entries;
  let manifest;
  let zhCn;
  before(() => {
    entries = buildTestPackage();
    manifest = json(entries.get("manifest.json"));
    zhCn = json(entries.get("zh-cn.json"));
  });

  it("holds exactly the manifest, its localization file and the two icons, at the root", () => {
    assert.deepEqual([...entries.keys()].sort(), ["color.png", "manifest.json", "outline.png", "zh-cn.json"]);
  });

  it("manifest is valid against its bundled schema", async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchemaFor(manifest));
    assert.deepEqual(errors, []);
  });

  it("zh-CN localization file is valid against its bundled schema", async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(zhCn, bundledSchemaFor(zhCn));
    assert.deepEqual(errors, []);
  });

  it("validator rejects a manifest that breaks the schema (the check can fail)", async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: "not-a-guid" }] };
    const errors = await AppManifestUtils.validateAgainstSchema(broken, bundledSchemaFor(broken));
    assert.ok(errors.some((e) => e.includes("/bots/0/botId")), errors.join("\n"));
  });

  it("localization validator rejects an unknown key and an over-long name (the check can fail)", async () => {
    const broken = { ...zhCn, "bots[0].commandLists[0].commands[12].title": "第十三", "name.short": "运".repeat(31) };
    const errors = await AppManifestUtils.validateAgainstSchema(broken, bundledSchemaFor(broken));
    assert.ok(errors.some((e) => e.includes("additional properties")), errors.join("\n"));
    assert.ok(errors.some((e) => e.includes("/name.short")), errors.join("\n"));
  });

  it("uses one schema version for the manifest and the localization file", () => {
    assert.equal(manifest.$schema.replace("MicrosoftTeams.schema", "MicrosoftTeams.Localization.schema"), zhCn.$schema);
    assert.ok(manifest.$schema.includes(`/v${manifest.manifestVersion}/`));
  });

  it("app version is MAJOR.MINOR.PATCH", () => {
    assert.match(manifest.version, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
  });

  it("fills in the bot's app id and domain everywhere", () => {
    const { BOT_ID: id, BOT_DOMAIN: domain } = testValues;
    assert.equal(manifest.bots[0].botId, id);
    assert.equal(manifest.webApplicationInfo.id, id);
    assert.equal(manifest.webApplicationInfo.resource, `api://${domain}/${id}`);
    assert.deepEqual(manifest.validDomains, [domain]);
    for (const [name, buffer] of entries) {
      if (name.endsWith(".json")) assert.ok(!buffer.toString("utf8").includes("{{"), `${name} keeps a placeholder`);
    }
  });

  it("bot works in personal chat, teams and group chats, without files", () => {
    const bot = manifest.bots[0];
    assert.deepEqual([...bot.scopes].sort(), ["groupChat", "personal", "team"]);
    assert.equal(bot.supportsFiles, false);
    const scopes = bot.commandLists.flatMap((list) => list.scopes).sort();
    assert.deepEqual(scopes, ["groupChat", "personal", "team"]);
    for (const list of bot.commandLists) {
      assert.ok(list.commands.some((c) => c.title === "help"), `no help command for ${list.scopes}`);
    }
  });

  it("activity types the bot notifies with are declared", () => {
    const types = manifest.activities.activityTypes.map((a) => a.type);
    for (const type of ["approvalRequested", "planReturned", "statusReminder", "meetingReminder", "riskAlert"]) {
      assert.ok(types.includes(type), `missing activity type ${type}`);
    }
    assert.equal(new Set(types).size, types.length, "activity types repeat");
  });

  it("dashboard: a personal tab and a configurable team tab, both served by the bot on its domain", () => {
    const { BOT_DOMAIN: domain } = testValues;
    const dashboard = manifest.staticTabs.find((tab) => tab.entityId === "dashboard");
    assert.equal(dashboard?.contentUrl, `https://${domain}/dashboard/`);
    assert.deepEqual(dashboard.scopes, ["personal"]);
    assert.equal(manifest.configurableTabs.length, 1);
    assert.equal(manifest.configurableTabs[0].configurationUrl, `https://${domain}/dashboard/config`);
    assert.ok(manifest.configurableTabs[0].scopes.includes("team"));
  });

  it("meetings: the configurable tab opens in the meeting side panel, the meeting chat and the meeting details", () => {
    const tab = manifest.configurableTabs[0];
    for (const context of ["meetingSidePanel", "meetingChatTab", "meetingDetailsTab", "channelTab", "privateChatTab"]) {
      assert.ok(tab.context.includes(context), `missing context ${context}`);
    }
    // Meetings are group chats: the tab needs the groupChat scope to be added to one.
    assert.ok(tab.scopes.includes("groupChat"));
    assert.deepEqual(tab.meetingSurfaces, ["sidePanel"]);
  });

  it("message extension: the bot's search, three action commands on a message, and unfurling of links of its domain", () => {
    const { BOT_ID: id, BOT_DOMAIN: domain } = testValues;
    assert.equal(manifest.composeExtensions.length, 1);
    const extension = manifest.composeExtensions[0];
    assert.equal(extension.botId, id);
    // The ids the bot answers (bot/OpsRhythm.Bot/Extension/ExtensionCommands.cs).
    const commands = Object.fromEntries(extension.commands.map((c) => [c.id, c]));
    assert.deepEqual(Object.keys(commands).sort(), ["recordActionItem", "recordRisk", "recordSuggestion", "searchItems"]);
    assert.equal(commands.searchItems.type, "query");
    assert.deepEqual(commands.searchItems.parameters.map((p) => p.name), ["query"]);
    for (const action of ["recordRisk", "recordSuggestion", "recordActionItem"]) {
      assert.equal(commands[action].type, "action");
      assert.deepEqual(commands[action].context, ["message"]);
      assert.equal(commands[action].fetchTask, true);
    }
    assert.deepEqual(extension.messageHandlers, [{ type: "link", value: { domains: [domain] } }]);
  });

  it("asks only for the resource-specific permissions the bot uses", () => {
    const names = manifest.authorization.permissions.resourceSpecific.map((p) => `${p.name}/${p.type}`);
    // Activity feed notifications; meetingStart/meetingEnd events of the meeting chats the app is added to (docs/meetings.md).
    assert.deepEqual(names, ["TeamsActivity.Send.User/Application", "OnlineMeeting.ReadBasic.Chat/Application"]);
  });

  it("every zh-CN key names a string that exists in the manifest", () => {
    for (const key of Object.keys(zhCn).filter((k) => k !== "$schema")) {
      assert.equal(typeof lookup(manifest, key), "string", `${key} is not a string in manifest.json`);
    }
  });

  it("every command, tab name and activity text is translated to zh-CN", () => {
    const expected = [
      ...manifest.bots[0].commandLists.flatMap((list, l) =>
        list.commands.flatMap((_, c) => [`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`])),
      ...manifest.staticTabs.flatMap((tab, t) => (tab.name ? [`staticTabs[${t}].name`] : [])),
      ...manifest.activities.activityTypes.flatMap((_, a) => [`activities.activityTypes[${a}].description`, `activities.activityTypes[${a}].templateText`]),
      ...manifest.composeExtensions.flatMap((extension, e) => extension.commands.flatMap((command, c) => [
        `composeExtensions[${e}].commands[${c}].title`, `composeExtensions[${e}].commands[${c}].description`,
        ...(command.parameters ?? []).flatMap((_, p) => [`composeExtensions[${e}].commands[${c}].parameters[${p}].title`, `composeExtensions[${e}].commands[${c}].parameters[${p}].description`]),
      ])),
    ];
    const missing = expected.filter((key) => !(key in zhCn));
    assert.deepEqual(missing, []);
  });

  it("zh-CN activity texts use the same {parameters} as the English ones", () => {
    const parameters = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    manifest.activities.activityTypes.forEach((activity, a) => {
      assert.deepEqual(parameters(zhCn[`activities.activityTypes[${a}].templateText`]), parameters(activity.templateText), activity.type);
    });
  });

  it("localization file is listed in localizationInfo", () => {
    assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: "zh-cn", file: "zh-cn.json" }]);
  });

  it("color icon is 192x192 on a solid background", () => {
    const icon = decodePng(entries.get(manifest.icons.color));
    assert.deepEqual([icon.width, icon.height], [192, 192]);
    assert.equal(countPixels(icon, (r, g, b, a) => a !== 255), 0, "color icon has transparent pixels");
  });

  it("outline icon is 32x32, white on transparent", () => {
    const icon = decodePng(entries.get(manifest.icons.outline));
    assert.deepEqual([icon.width, icon.height], [32, 32]);
    assert.ok(icon.hasAlpha, "outline icon has no alpha channel");
    assert.equal(countPixels(icon, (r, g, b, a) => a > 0 && (r !== 255 || g !== 255 || b !== 255)), 0, "outline icon has non-white pixels");
    const transparent = countPixels(icon, (r, g, b, a) => a === 0);
    const drawn = countPixels(icon, (r, g, b, a) => a === 255);
    assert.ok(transparent > 32 * 32 / 2, `only ${transparent} transparent pixels: the background is not transparent`);
    assert.ok(drawn > 32, `only ${drawn} opaque pixels: the outline is not drawn`);
  });

  it("committed icons are the ones the package carries", () => {
    for (const icon of Object.values(manifest.icons)) {
      assert.ok(readFileSync(path.join(manifestDir, "icons", icon)).equals(entries.get(icon)), icon);
    }
  });

  it("APP_VERSION overrides the version", () => {
    const versioned = json(buildTestPackage({ APP_VERSION: "2.3.4" }).get("manifest.json"));
    assert.equal(versioned.version, "2.3.4");
  });
});

describe("scripts/package-app.sh", () => {
  it("fails naming BOT_ID when no app id is given", () => {
    const result = runPackageScript({ BOT_DOMAIN: testValues.BOT_DOMAIN });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /BOT_ID/);
  });

  it("takes the app id from MicrosoftAppId, the bot's own setting", () => {
    const result = runPackageScript({ MicrosoftAppId: testValues.BOT_ID, BOT_DOMAIN: testValues.BOT_DOMAIN });
    assert.equal(result.status, 0, result.stderr);
  });

  it("fails naming BOT_DOMAIN when no domain is given", () => {
    const result = runPackageScript({ BOT_ID: testValues.BOT_ID });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /BOT_DOMAIN/);
  });

  it("rejects an app id that is not a GUID and a domain with a scheme", () => {
    assert.match(runPackageScript({ ...testValues, BOT_ID: "opsrhythm" }).stderr, /not a GUID/);
    assert.match(runPackageScript({ ...testValues, BOT_DOMAIN: "https://ops.contoso.test/" }).stderr, /bare host name/);
  });

  it("rejects a version that is not MAJOR.MINOR.PATCH", () => {
    const result = runPackageScript({ ...testValues, APP_VERSION: "1.0" });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /MAJOR\.MINOR\.PATCH/);
  });
});

function lookup(document, key) {
  let value = document;
  for (const part of key.match(/[^.[\]]+/g)) value = value?.[/^\d+$/.test(part) ? Number(part) : part];
  return value;
}

function countPixels(icon, predicate) {
  let count = 0;
  for (let i = 0; i < icon.rgba.length; i += 4) {
    if (predicate(icon.rgba[i], icon.rgba[i + 1], icon.rgba[i + 2], icon.rgba[i + 3])) count++;
  }
  return count;
}
