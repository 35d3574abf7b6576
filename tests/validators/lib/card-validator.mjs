import { createRequire } from "node:module";

// The UMD bundle: the package's ESM entry point does not import in Node, and parsing needs no DOM.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js");
export { AC };

export const TARGET_VERSION = "1.5";

/**
 * Validates one card (parsed JSON) the way Teams would read it: the official parser at schema 1.5
 * (so anything newer is an error), the library's own property validation, and the checks it misses.
 * Teams charts (Chart.*) are unknown to the library: accepted only with a fallback. Returns error strings.
 */
export function validateCard(json) {
  const errors = [];
  if (json?.type !== "AdaptiveCard") errors.push(`type is ${JSON.stringify(json?.type)}, not "AdaptiveCard"`);
  if (json?.version === undefined) errors.push("missing version");
  else if (!AC.isVersionLessOrEqual(AC.Version.parse(json.version, new AC.SerializationContext()), AC.Versions.v1_5)) {
    errors.push(`version ${json.version} is newer than ${TARGET_VERSION}, which Teams renders`);
  }

  const charts = new Set();
  walk(json, (node, path) => {
    const type = node.type;
    if (typeof type === "string" && type.startsWith("Chart.")) {
      charts.add(type);
      if (!node.fallback || typeof node.fallback !== "object") errors.push(`${path}: ${type} has no fallback`);
    }
    if ((type === "TextBlock" || type === "TextRun") && (typeof node.text !== "string" || node.text.trim() === "")) {
      errors.push(`${path}: ${type} without text`);
    }
    if (type === "Input.Number") {
      for (const key of ["value", "min", "max"]) {
        if (key in node && (typeof node[key] !== "number" || !Number.isFinite(node[key]))) {
          errors.push(`${path}: Input.Number ${key} ${JSON.stringify(node[key])} is not a number`);
        }
      }
    }
    if (type === "Action.Execute" && (typeof node.verb !== "string" || node.verb === "")) {
      errors.push(`${path}: Action.Execute without a verb`);
    }
  });

  // The library declares lang's pattern with the global flag, so RegExp.exec keeps lastIndex between
  // cards and a valid "zh" fails right after a valid "en". Start every card from a fresh match.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    const chart = /^Unknown element type "(Chart\.[^"]+)"/.exec(event.message);
    if (event.event === AC.ValidationEvent.UnknownElementType && chart && charts.has(chart[1])) continue;
    errors.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    errors.push(`${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return errors;
}

function walk(node, visit, path = "$") {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, visit, `${path}[${i}]`));
  } else if (node && typeof node === "object") {
    visit(node, path);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${path}.${key}`);
  }
}
