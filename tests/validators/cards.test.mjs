import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { cardFiles, cardsDir } from "./lib/card-files.mjs";
import { validateCard } from "./lib/card-validator.mjs";

const files = cardFiles();

describe(`every card in ${cardsDir}`, () => {
  it("the C# card catalog wrote cards in both languages (run its tests first)", () => {
    assert.ok(files.length > 0, `no cards in ${cardsDir}: run 'dotnet test tests/OpsRhythm.UnitTests --filter FullyQualifiedName~CardCatalog' first`);
    const byLanguage = (lang) => files.filter((f) => f.endsWith(`.${lang}.json`)).map((f) => f.slice(0, -`.${lang}.json`.length));
    assert.deepEqual(byLanguage("zh-CN"), byLanguage("en-US"));
  });

  for (const file of files) {
    it(file, () => {
      const errors = validateCard(JSON.parse(readFileSync(path.join(cardsDir, file), "utf8")));
      assert.deepEqual(errors, []);
    });
  }
});

describe("the card validator fails on", () => {
  const card = (...body) => ({ type: "AdaptiveCard", version: "1.5", body });
  const text = { type: "TextBlock", text: "ok" };

  it("nothing when the card is right", () => {
    assert.deepEqual(validateCard(card(text, { type: "Chart.Pie", data: [], fallback: text })), []);
  });
  it("a missing version", () => {
    assert.match(validateCard({ type: "AdaptiveCard", body: [text] }).join(), /missing version/);
  });
  it("a version newer than 1.5", () => {
    assert.match(validateCard({ ...card(text), version: "1.6" }).join(), /newer than 1\.5/);
  });
  it("an element Teams does not know", () => {
    assert.match(validateCard(card({ type: "Carousel", pages: [] })).join(), /UnknownElementType/);
  });
  it("a chart without a fallback", () => {
    assert.match(validateCard(card({ type: "Chart.Donut", data: [] })).join(), /Chart\.Donut has no fallback/);
  });
  it("a TextBlock without text", () => {
    assert.match(validateCard(card({ type: "TextBlock" })).join(), /TextBlock without text/);
  });
  it("a non-numeric Input.Number value", () => {
    assert.match(validateCard(card({ type: "Input.Number", id: "n", value: "12a" })).join(), /not a number/);
  });
  it("a lang that is not a 2- or 3-letter language code, on every card of a run", () => {
    const ok = { ...card(text), lang: "zh" };
    assert.deepEqual(validateCard(ok), []);
    assert.deepEqual(validateCard({ ...ok, lang: "en" }), [], "a valid lang right after another must still pass");
    assert.match(validateCard({ ...ok, lang: "zh-CN" }).join(), /Invalid value "zh-CN" for property "lang"/);
  });
  it("a required input without an error message", () => {
    assert.match(validateCard(card({ type: "Input.Text", id: "t", isRequired: true })).join(), /RequiredInputsShouldHaveErrorMessage/);
  });
  it("a bad property value", () => {
    assert.match(validateCard(card({ type: "TextBlock", text: "x", size: "huge" })).join(), /InvalidPropertyValue/);
  });
  it("an input without an id", () => {
    assert.match(validateCard(card({ type: "Input.Text" })).join(), /PropertyCantBeNull/);
  });
  it("duplicate ids", () => {
    assert.match(validateCard(card({ type: "Input.Text", id: "a" }, { type: "Input.Date", id: "a" })).join(), /DuplicateId/);
  });
});
