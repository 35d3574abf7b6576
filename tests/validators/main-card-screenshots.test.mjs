import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";
import { repoRoot } from "./lib/app-package.mjs";
import { cardsDir } from "./lib/card-files.mjs";
import { teamsCss, teamsHostConfig } from "./lib/teams-host-config.mjs";

// The cards people read most, drawn as Teams draws them (its host config) on a phone (360 px) and in a
// desktop chat column (600 px), in both languages. The PNGs stay in artifacts/test-output/card-screens
// for a person to look at; the test fails when a card draws empty, wider than the column, or with a
// button whose title the column cuts off.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const outDir = path.join(repoRoot, "artifacts", "test-output", "card-screens");
const rendererScript = createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.js");

const MAIN_CARDS = [
  "planning.approval-approver", "planning.plan-published-channel", "weekly-status.digest", "risks.alert-critical",
  "risks.heatmap", "weekly-status.new", "meetings.coordinate-slots",
];
const WIDTHS = [360, 600];
const LANGUAGES = ["zh-CN", "en-US"];
const present = MAIN_CARDS.every((name) => existsSync(path.join(cardsDir, `${name}.zh-CN.json`)));

describe("main cards at phone and desktop widths", { skip: !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false }, () => {
  let browser;
  // One page per language and width, the renderer loaded once in each: a new page and a fresh load of the
  // 600 KB renderer per card was most of this suite's time. Each card replaces the previous one in #card.
  const pages = new Map();
  before(async () => {
    mkdirSync(outDir, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    for (const lang of LANGUAGES) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
        await page.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${teamsCss(width)}</style></head><body><div id="card"></div></body></html>`);
        await page.addScriptTag({ path: rendererScript });
        pages.set(`${lang} ${width}`, page);
      }
    }
  });
  after(async () => browser?.close());

  it("the C# card catalog wrote the main cards (run its tests first)", () => assert.ok(present, `main cards missing in ${cardsDir}`));

  for (const name of MAIN_CARDS) {
    for (const lang of LANGUAGES) {
      for (const width of WIDTHS) {
        it(`${name} ${lang} at ${width} px`, { skip: present ? false : "no catalog cards" }, async () => {
          const page = pages.get(`${lang} ${width}`);
          const card = JSON.parse(readFileSync(path.join(cardsDir, `${name}.${lang}.json`), "utf8"));
          const drawn = await page.evaluate(({ json, config }) => {
            const adaptiveCard = new AdaptiveCards.AdaptiveCard();
            adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(config);
            adaptiveCard.parse(json);
            const element = adaptiveCard.render();
            document.getElementById("card").replaceChildren(element);
            const buttons = [...element.querySelectorAll(".ac-pushButton")];
            return {
              height: element.getBoundingClientRect().height,
              text: element.innerText.length,
              scrollWidth: element.scrollWidth,
              cutButtons: buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.innerText),
            };
          }, { json: card, config: teamsHostConfig });
          await page.locator("#card").screenshot({ path: path.join(outDir, `${name}.${lang}.${width}.png`) });
          assert.ok(drawn.height > 20 && drawn.text > 0, "rendered empty");
          assert.ok(drawn.scrollWidth <= width + 1, `wider than ${width} px: ${drawn.scrollWidth}`);
          if (width >= 600) assert.deepEqual(drawn.cutButtons, [], "button titles cut off");
        });
      }
    }
  }
});
