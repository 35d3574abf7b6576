// A per-partition index of the server's documents, patched onto @vercel/cosmosdb-server's Documents
// class at load (node_modules stays untouched). The server as shipped evaluates every query against
// every document of the container, so past ~10,000 documents each query costs seconds and a benchmark
// measures the server, not the bot. Cosmos DB evaluates a single-partition query in its partition
// only; with this index the server does too. Point reads, creates and unique-key checks were already
// O(1) (the library keeps a Map by id per partition); cross-partition queries still see everything.
"use strict";

const { AsyncLocalStorage } = require("async_hooks");
const Documents = require("@vercel/cosmosdb-server/lib/account/documents").default;

const scope = new AsyncLocalStorage();
const PATCHED = Symbol.for("opsrhythm.cosmos-harness.partition-index");
const NO_DOCUMENTS = new Map();

/** The partition's documents (rid → library Item), or an empty map. */
function partitionOf(documents, partitionKey) {
  return (documents._partitions && documents._partitions.get(partitionKey)) || NO_DOCUMENTS;
}

function add(documents, data) {
  if (!documents._partitions) {
    documents._partitions = new Map();
  }
  const key = documents._getPartition(data);
  let partition = documents._partitions.get(key);
  if (!partition) {
    partition = new Map();
    documents._partitions.set(key, partition);
  }
  partition.set(data._rid, documents._data.get(data._rid));
}

function remove(documents, data) {
  const key = documents._getPartition(data);
  const partition = documents._partitions && documents._partitions.get(key);
  if (partition) {
    partition.delete(data._rid);
    if (partition.size === 0) {
      documents._partitions.delete(key);
    }
  }
}

// Every document's _rid in the order the library sorts rows by (`a < b`): the library sorts every
// query's rows by _rid, which on unordered input costs n log n comparisons per page (1.5 s for one
// page of a cross-partition query over 105,000 documents); fed in order, its sort only confirms the
// order (n comparisons). Writes only note new rids (a replace keeps its rid); the next query over
// all documents sorts those few, merges them in and drops the rids of deleted documents.
function ridState(documents) {
  if (!documents._ridOrder) {
    const rids = [...documents._data.keys()];
    documents._ridOrder = { sorted: [], pending: rids, listed: new Set(rids) };
  }
  return documents._ridOrder;
}

function noteRid(documents, rid) {
  const state = ridState(documents);
  if (!state.listed.has(rid)) {
    state.listed.add(rid);
    state.pending.push(rid);
  }
}

function merge(sorted, added) {
  const merged = new Array(sorted.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < added.length) merged[k++] = sorted[i] < added[j] ? sorted[i++] : added[j++];
  while (i < sorted.length) merged[k++] = sorted[i++];
  while (j < added.length) merged[k++] = added[j++];
  return merged;
}

/** What the library's query and read feed iterate (`_data.values()`), in _rid order. */
function inRidOrder(documents) {
  const all = documents._data;
  const state = ridState(documents);
  if (state.pending.length) {
    state.sorted = merge(state.sorted, state.pending.sort());
    state.pending = [];
  }
  const items = [];
  let stale = false;
  for (const rid of state.sorted) {
    const item = all.get(rid);
    if (item) items.push(item);
    else stale = true;
  }
  if (stale) {
    state.sorted = state.sorted.filter(rid => all.has(rid));
    state.listed = new Set(state.sorted);
  }
  return { values: () => items };
}

function install() {
  const proto = Documents.prototype;
  if (proto[PATCHED]) {
    return;
  }
  proto[PATCHED] = true;
  const { _set, delete: del, query, read } = proto;

  // Every write ends in _set (create, replace, upsert, the batch's rollback) or delete (delete, and
  // replace before its _set); the index follows both, so it always holds exactly _data's documents.
  proto._set = function set(data) {
    const previous = this._data.get(data._rid);
    if (previous) {
      remove(this, previous.read());
    }
    const result = _set.call(this, data);
    add(this, result);
    noteRid(this, result._rid);
    return result;
  };

  proto.delete = function deleteDocument(idOrRid, partition) {
    const data = this._item("/id", idOrRid, partition).read();
    del.call(this, idOrRid, partition);
    remove(this, data);
  };

  // A query run inside withPartition() sees that partition's documents only: the library's own query
  // runs over the partition's map in place of the container's; any other query over all documents
  // in _rid order. Paging stays stable because the library orders by _rid and its continuation
  // token names the next _rid. Both are synchronous, so swapping _data for the call is invisible
  // to other requests.
  proto.query = function scopedQuery(params, options) {
    const current = scope.getStore();
    return over(this, current ? partitionOf(this, current.partitionKey) : inRidOrder(this), () => query.call(this, params, options));
  };

  proto.read = function readFeed(options) {
    return over(this, inRidOrder(this), () => read.call(this, options));
  };
}

function over(documents, data, fn) {
  const all = documents._data;
  documents._data = data;
  try {
    return fn();
  } finally {
    documents._data = all;
  }
}

/** Runs fn (which may be async) so that the queries it makes see one partition's documents only. */
function withPartition(partitionKey, fn) {
  return scope.run({ partitionKey }, fn);
}

install();

module.exports = { withPartition, partitionOf };
