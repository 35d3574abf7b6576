// The per-partition index (partition-index.js) against the library's own account classes: a scoped
// query sees its partition only, whatever the writes did before it, and pages through it stably.
// Run: node --test tests/cosmos-harness (scripts/test.sh runs it with the validators).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const Account = require("@vercel/cosmosdb-server/lib/account").default;
const { withPartition, partitionOf } = require("./partition-index");
const { executeBatch } = require("./hybridrow-batch");

function container(uniqueKeys = []) {
  const account = new Account("127.0.0.1", 1);
  account.databases.create({ id: "db" });
  account.database("db").collections.create({
    id: "jobs",
    partitionKey: { paths: ["/pk"], kind: "Hash" },
    uniqueKeyPolicy: { uniqueKeys },
  });
  return account.database("db").collection("jobs");
}

function ids(result) {
  return result.result.map(d => d.id).sort();
}

function scoped(collection, partitionKey, query, options = {}) {
  return withPartition(partitionKey, () => collection.documents.query({ query }, options));
}

test("a scoped query sees its partition's documents only, even when WHERE does not name the key", () => {
  const collection = container();
  for (let i = 0; i < 30; i++) {
    collection.documents.create({ id: `m${i}`, pk: `p${i % 3}`, n: i });
  }
  assert.deepEqual(ids(scoped(collection, "p1", "SELECT * FROM c WHERE c.n >= 0")).length, 10);
  assert.deepEqual(scoped(collection, "p1", "SELECT VALUE COUNT(1) FROM c").result, [10]);
  assert.deepEqual(scoped(collection, "nowhere", "SELECT * FROM c").result, []);
  // Outside a scope (cross-partition) every document is seen.
  assert.equal(collection.documents.query({ query: "SELECT * FROM c" }, {}).result.length, 30);
});

test("the index follows creates, replaces, upserts, deletes and a failed batch's rollback", () => {
  const collection = container();
  const docs = collection.documents;
  docs.create({ id: "a", pk: "p", v: 1 });
  docs.create({ id: "b", pk: "p", v: 1 });
  docs.create({ id: "a", pk: "q", v: 1 });
  docs.replace({ id: "a", pk: "p", v: 2 }, collection.document("a", "p").read());
  docs.upsert({ id: "c", pk: "p", v: 1 });
  docs.upsert({ id: "b", pk: "p", v: 3 });
  docs.delete("a", "q");
  assert.deepEqual(ids(scoped(collection, "p", "SELECT * FROM c")), ["a", "b", "c"]);
  assert.deepEqual(scoped(collection, "p", "SELECT VALUE c.v FROM c WHERE c.id = 'a'").result, [2]);
  assert.deepEqual(scoped(collection, "q", "SELECT * FROM c").result, []);
  assert.equal(partitionOf(docs, "q").size, 0);

  // A batch whose second operation conflicts restores the first: the index holds what _data holds.
  const [status] = executeBatch(collection, JSON.stringify(["p"]), [
    { operationType: "Replace", id: "c", resourceBody: { id: "c", pk: "p", v: 9 } },
    { operationType: "Create", id: "a", resourceBody: { id: "a", pk: "p" } },
  ]);
  assert.equal(status, 207);
  assert.deepEqual(scoped(collection, "p", "SELECT VALUE c.v FROM c WHERE c.id = 'c'").result, [1]);
  assert.equal(partitionOf(docs, "p").size, 3);
  assert.equal(docs._data.size, 3);
});

test("unique keys stay per partition and point reads find the document", () => {
  const collection = container([{ paths: ["/key"] }]);
  collection.documents.create({ id: "1", pk: "p", key: "k" });
  collection.documents.create({ id: "2", pk: "q", key: "k" });
  assert.throws(() => collection.documents.create({ id: "3", pk: "p", key: "k" }), /already exists/);
  assert.equal(collection.document("2", "q").read().key, "k");
  assert.equal(collection.document("2", "p").read(), undefined);
});

test("paging through a partition with maxItemCount returns each document once, in a stable order", () => {
  const collection = container();
  for (let i = 0; i < 250; i++) {
    collection.documents.create({ id: `m${i}`, pk: i % 2 === 0 ? "even" : "odd", n: i });
  }
  const seen = [];
  let continuation = null;
  let pages = 0;
  do {
    const page = scoped(collection, "even", "SELECT * FROM c WHERE c.n >= 0", { maxItemCount: 40, continuation });
    assert.ok(page.result.length <= 40);
    seen.push(...page.result.map(d => d.id));
    // A write between pages (a replace moves the document to the end of the library's Map) changes nothing.
    collection.documents.replace({ ...collection.document(page.result[0].id, "even").read(), touched: true },
      collection.document(page.result[0].id, "even").read());
    continuation = page.continuation;
    pages += 1;
  } while (continuation);
  assert.equal(pages, 4);
  assert.equal(seen.length, 125);
  assert.equal(new Set(seen).size, 125);
});

test("a cross-partition query pages through every document once, in _rid order, with writes between pages", () => {
  const collection = container();
  for (let i = 0; i < 300; i++) {
    collection.documents.create({ id: `m${i}`, pk: `p${i % 7}`, n: i });
  }
  const seen = [];
  let continuation = null;
  do {
    const page = collection.documents.query({ query: "SELECT * FROM c WHERE c.n >= 0" }, { maxItemCount: 70, continuation });
    seen.push(...page.result.map(d => d._rid));
    const first = collection.document(page.result[0].id, page.result[0].pk).read();
    collection.documents.replace({ ...first, touched: true }, first);
    continuation = page.continuation;
  } while (continuation);
  collection.documents.delete("m5", "p5");
  assert.equal(seen.length, 300);
  assert.deepEqual(seen, [...seen].sort());
  assert.equal(collection.documents.read().result.length, 299);
  assert.deepEqual(collection.documents.read().result.map(d => d._rid), [...collection.documents._data.keys()].sort());
});
