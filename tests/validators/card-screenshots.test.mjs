import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";
import { repoRoot } from "./lib/app-package.mjs";
import { cardFiles, cardsDir } from "./lib/card-files.mjs";

// Renders every card with the official Adaptive Cards renderer in Debian's headless Chromium (never a
// downloaded browser) and saves a PNG per card in artifacts/card-screenshots/ for people to look at.
// Charts show their fallback there: the renderer, like older Teams clients, does not know Chart.*.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const outDir = process.env.SCREENSHOTS_DIR ? path.resolve(process.env.SCREENSHOTS_DIR) : path.join(repoRoot, "artifacts", "card-screenshots");
const require = createRequire(import.meta.url);
const rendererScript = require.resolve("adaptivecards/dist/adaptivecards.js");

// Close to Teams' light theme, with a CJK font so Chinese text is drawn.
const hostConfig = {
  fontFamily: "'Segoe UI', 'WenQuanYi Micro Hei', sans-serif",
  supportsInteractivity: true,
  containerStyles: {
    default: { backgroundColor: "#FFFFFF", foregroundColors: {
      default: { default: "#242424", subtle: "#616161" }, accent: { default: "#5B5FC7", subtle: "#5B5FC7" },
      good: { default: "#237B4B", subtle: "#237B4B" }, warning: { default: "#835C00", subtle: "#835C00" },
      attention: { default: "#C4314B", subtle: "#C4314B" } } },
    emphasis: { backgroundColor: "#F5F5F5" },
    accent: { backgroundColor: "#E8EBFA" },
  },
  actions: { actionsOrientation: "horizontal", buttonSpacing: 8, maxActions: 6, showCard: { actionMode: "inline" } },
};

const css = `
  body { margin: 0; background: #EBEBEB; font-family: 'Segoe UI', 'WenQuanYi Micro Hei', sans-serif; }
  #card { width: 560px; margin: 16px; background: #FFF; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }
  .ac-pushButton { background: #FFF; border: 1px solid #D1D1D1; border-radius: 4px; padding: 6px 12px; font: inherit; font-weight: 600; color: #242424; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #FFF; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; }
  .ac-input { font: inherit; } .ac-input input, .ac-input textarea, .ac-input select, input.ac-input, textarea.ac-input, select.ac-input { border: 1px solid #D1D1D1; border-radius: 4px; padding: 4px 6px; font: inherit; }
`;

const files = cardFiles();
const usable = existsSync(CHROMIUM);

describe("card screenshots", { skip: usable ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let browser;
  let page;
  before(async () => {
    mkdirSync(outDir, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage({ deviceScaleFactor: 1 });
    // One page and one load of the renderer for every card: loading the 600 KB script per card was most of
    // this step's time (each card then only swaps the #card element's content).
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: rendererScript });
  });
  after(async () => browser?.close());

  it("there are cards to draw", () => assert.ok(files.length > 0, `no cards in ${cardsDir}`));

  for (const file of files) {
    it(file, async () => {
      const json = JSON.parse(readFileSync(path.join(cardsDir, file), "utf8"));
      const drawn = await page.evaluate(({ card, config }) => {
        const adaptiveCard = new AdaptiveCards.AdaptiveCard();
        adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(config);
        adaptiveCard.parse(card);
        const element = adaptiveCard.render();
        document.getElementById("card").replaceChildren(element);
        return { height: element.getBoundingClientRect().height, text: element.innerText.length };
      }, { card: json, config: hostConfig });
      assert.ok(drawn.height > 20 && drawn.text > 0, `${file} rendered empty`);
      await page.locator("#card").screenshot({ path: path.join(outDir, file.replace(/\.json$/, ".png")) });
    });
  }
});
