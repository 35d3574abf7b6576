// Makes @zeit/cosmosdb-query (the server's SQL engine) linear in the documents it reads, patched at
// load (node_modules stays untouched). Its compiled queries build their rows with
// `coll.reduce(($, c) => [...$, { c }], [])`, which copies the accumulator at every document: a
// query over n documents costs n²/2 copies (45,000 documents: about a billion, tens of seconds per
// query). The same pattern strips `undefined` from result arrays. This rewrites each such reducer to
// push onto its accumulator; the accumulator is always a fresh `[]` literal of that one reduce call,
// so mutating it is invisible to anything else and the rows are the same, in the same order.
"use strict";

const path = require("path");

const PATCHED = Symbol.for("opsrhythm.cosmos-harness.linear-query");
const library = path.dirname(require.resolve("@zeit/cosmosdb-query/package.json", {
  paths: [path.dirname(require.resolve("@vercel/cosmosdb-server/package.json"))],
}));
const transformer = require(path.join(library, "lib", "transformer"));
const helpers = require(path.join(library, "lib", "helpers"));

const id = name => ({ type: "Identifier", name });
const isAccumulator = node => node && node.type === "Identifier" && node.name === "$";

/** `[...$, x]` → `($.push(x), $)`, `[...$, ...xs]` → `($.push(...xs), $)`; anything else: null. */
function pushInstead(body) {
  if (!body || body.type !== "ArrayExpression" || body.elements.length !== 2) return null;
  const [first, second] = body.elements;
  if (!first || first.type !== "SpreadElement" || !isAccumulator(first.argument) || !second) return null;
  const push = { type: "CallExpression", callee: { type: "MemberExpression", object: id("$"), property: id("push"), computed: false }, arguments: [second] };
  return { type: "SequenceExpression", expressions: [push, id("$")] };
}

/** A `x.reduce(($, …) => …, [])` call whose reducer appends to `$`, rewritten in place. */
function linearise(node) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    node.forEach(linearise);
    return;
  }
  Object.values(node).forEach(linearise);
  if (node.type !== "CallExpression" || !node.callee || node.callee.type !== "MemberExpression") return;
  if (!node.callee.property || node.callee.property.name !== "reduce" || node.arguments.length !== 2) return;
  const [reducer, initial] = node.arguments;
  if (!initial || initial.type !== "ArrayExpression" || initial.elements.length !== 0) return;
  if (!reducer || reducer.type !== "ArrowFunctionExpression" || !isAccumulator(reducer.params[0])) return;
  const { body } = reducer;
  const direct = pushInstead(body);
  if (direct) {
    reducer.body = direct;
  } else if (body.type === "ConditionalExpression" && isAccumulator(body.alternate)) {
    const consequent = pushInstead(body.consequent);
    if (consequent) body.consequent = consequent;
  }
}

function install() {
  if (transformer[PATCHED]) return;
  transformer[PATCHED] = true;
  const transform = transformer.default;
  transformer.default = ast => {
    const jsAst = transform(ast);
    linearise(jsAst);
    return jsAst;
  };

  const { stripUndefined } = helpers;
  helpers.stripUndefined = obj => {
    if (!Array.isArray(obj)) return stripUndefined(obj);
    const kept = [];
    for (const v of obj) {
      if (typeof v !== "undefined") kept.push(helpers.stripUndefined(v));
    }
    return kept;
  };
}

install();

module.exports = { linearise };
