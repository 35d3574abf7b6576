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

function install() {
  const proto = Documents.prototype;
  if (proto[PATCHED]) {
    return;
  }
  proto[PATCHED] = true;
  const { _set, delete: del, query } = proto;

  // Every write ends in _set (create, replace, upsert, the batch's rollback) or delete (delete, and
  // replace before its _set); the index follows both, so it always holds exactly _data's documents.
  proto._set = function set(data) {
    const previous = this._data.get(data._rid);
    if (previous) {
      remove(this, previous.read());
    }
    const result = _set.call(this, data);
    add(this, result);
    return result;
  };

  proto.delete = function deleteDocument(idOrRid, partition) {
    const data = this._item("/id", idOrRid, partition).read();
    del.call(this, idOrRid, partition);
    remove(this, data);
  };

  // A query run inside withPartition() sees that partition's documents only: the library's own query
  // runs (synchronously) over the partition's map in place of the container's. Paging stays stable
  // because the library orders by _rid and its continuation token names the next _rid.
  proto.query = function scopedQuery(params, options) {
    const current = scope.getStore();
    if (!current) {
      return query.call(this, params, options);
    }
    const all = this._data;
    this._data = partitionOf(this, current.partitionKey);
    try {
      return query.call(this, params, options);
    } finally {
      this._data = all;
    }
  };
}

/** Runs fn (which may be async) so that the queries it makes see one partition's documents only. */
function withPartition(partitionKey, fn) {
  return scope.run({ partitionKey }, fn);
}

install();

module.exports = { withPartition, partitionOf };
