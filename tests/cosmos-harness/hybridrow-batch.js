// TransactionalBatch as the .NET SDK sends it: RecordIO of HybridRow rows (schema "BatchOperation"),
// answered with RecordIO of "BatchResult" rows. Only the parts of the format those two schemas use
// are implemented (see README.md, "TransactionalBatch"); anything else is rejected, never guessed.
"use strict";

const zlib = require("zlib");
const ops = require("@vercel/cosmosdb-server/lib/handler/_document-operations");

const HYBRID_ROW_V1 = 0x81;
const SEGMENT_SCHEMA = 2147473648;
const RECORD_SCHEMA = 2147473649;
const BATCH_OPERATION_SCHEMA = 2145473648;
const BATCH_RESULT_SCHEMA = 2145473649;
const UTF8 = 0x14;
const BOOLEAN_FALSE = 0x02;
const BOOLEAN_TRUE = 0x03;
const INT32 = 0x07;
// BatchOperation's sparse columns, by path token (schema order, 1-based).
const SPARSE = { 8: "indexingDirective", 9: "ifMatch", 10: "ifNoneMatch", 11: "timeToLiveInSeconds", 12: "minimalReturnPreference" };
const OPERATION = { 0: "Create", 3: "Read", 4: "Delete", 5: "Replace", 20: "Upsert" };

class Reader {
  constructor(buffer, offset = 0) { this.b = buffer; this.o = offset; }
  byte() { return this.b[this.o++]; }
  int32() { const v = this.b.readInt32LE(this.o); this.o += 4; return v; }
  varuint() {
    let value = 0, shift = 0, byte;
    do { byte = this.byte(); value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  }
  bytes(n) { const v = this.b.subarray(this.o, this.o + n); this.o += n; return v; }
  done(end) { return this.o >= end; }
}

function fail(message) {
  const error = new Error(message);
  error.badRequest = true;
  throw error;
}

function header(reader, schema) {
  if (reader.byte() !== HYBRID_ROW_V1 || reader.int32() !== schema) {
    fail(`expected a HybridRow of schema ${schema}`);
  }
}

/** The operations of a batch request body. */
function parseBatch(body) {
  const reader = new Reader(body);
  header(reader, SEGMENT_SCHEMA);
  reader.byte(); // presence bits
  reader.o = reader.int32(); // the segment's length: records start after it
  const operations = [];
  while (!reader.done(body.length)) {
    header(reader, RECORD_SCHEMA);
    const length = reader.int32();
    const crc = reader.b.readUInt32LE(reader.o);
    reader.o += 4;
    const row = reader.bytes(length);
    if ((zlib.crc32(row) >>> 0) !== crc) {
      fail("batch record CRC mismatch");
    }
    operations.push(parseOperation(row));
  }
  return operations;
}

function parseOperation(row) {
  const reader = new Reader(row);
  header(reader, BATCH_OPERATION_SCHEMA);
  const present = reader.byte();
  const operation = { operationType: OPERATION[reader.int32()], resourceType: reader.int32() };
  ["partitionKey", "effectivePartitionKey", "id", "binaryId", "resourceBody"].forEach((name, index) => {
    if (present & (1 << (index + 2))) {
      operation[name] = reader.bytes(reader.varuint());
    }
  });
  while (!reader.done(row.length)) {
    const type = reader.byte();
    const name = SPARSE[reader.varuint()];
    if (!name) fail("unknown sparse column in batch operation");
    if (type === UTF8) operation[name] = reader.bytes(reader.varuint()).toString("utf8");
    else if (type === BOOLEAN_TRUE || type === BOOLEAN_FALSE) operation[name] = type === BOOLEAN_TRUE;
    else if (type === INT32) operation[name] = reader.int32();
    else fail(`unsupported sparse type ${type} in batch operation`);
  }
  if (!operation.operationType) fail("unsupported batch operation type");
  operation.id = operation.id ? operation.id.toString("utf8") : undefined;
  operation.resourceBody = operation.resourceBody ? JSON.parse(operation.resourceBody.toString("utf8")) : undefined;
  return operation;
}

/**
 * Applies the operations in order; the first failure restores every document touched so far
 * (with its original ETag), as Cosmos DB's batch is all or nothing. Returns [httpStatus, results].
 */
function executeBatch(collection, partitionKeyHeader, operations) {
  const undo = [];
  const results = [];
  for (const operation of operations) {
    const id = operation.id || (operation.resourceBody && operation.resourceBody.id);
    const partitionKey = JSON.parse(partitionKeyHeader)[0];
    const before = collection.document(id, partitionKey).read();
    undo.push({ id, partitionKey, before: before ? { ...before } : undefined });
    const input = { partitionKey: partitionKeyHeader, id, resourceBody: operation.resourceBody, ifMatch: operation.ifMatch };
    const run = {
      Create: ops.createOperation, Replace: ops.replaceOperation, Upsert: ops.upsertOperation,
      Delete: ops.deleteOperation, Read: ops.readOperation,
    }[operation.operationType];
    const result = run(collection, input);
    if (result.statusCode >= 400) {
      rollback(collection, undo);
      const failed = operations.map((_, i) => ({ statusCode: i === results.length ? result.statusCode : 424 }));
      return [207, failed];
    }
    results.push({ statusCode: result.statusCode, eTag: result.body && result.body._etag });
  }
  return [200, results];
}

function rollback(collection, undo) {
  for (const { id, partitionKey, before } of undo.reverse()) {
    if (collection.document(id, partitionKey).read()) {
      collection.documents.delete(id, partitionKey);
    }
    if (before) {
      collection.documents._set(before);
    }
  }
}

/** RecordIO body of BatchResult rows. */
function encodeResults(results) {
  const segment = Buffer.alloc(10);
  segment[0] = HYBRID_ROW_V1;
  segment.writeInt32LE(SEGMENT_SCHEMA, 1);
  segment[5] = 0x01;
  segment.writeInt32LE(10, 6);
  const parts = [segment];
  for (const result of results) {
    const etag = result.eTag ? Buffer.from(result.eTag, "utf8") : null;
    const fixed = Buffer.alloc(14);
    fixed[0] = HYBRID_ROW_V1;
    fixed.writeInt32LE(BATCH_RESULT_SCHEMA, 1);
    fixed[5] = 0x03 | (etag ? 0x04 : 0);
    fixed.writeInt32LE(result.statusCode, 6);
    fixed.writeInt32LE(0, 10);
    const row = etag ? Buffer.concat([fixed, varuint(etag.length), etag]) : fixed;
    const record = Buffer.alloc(13);
    record[0] = HYBRID_ROW_V1;
    record.writeInt32LE(RECORD_SCHEMA, 1);
    record.writeInt32LE(row.length, 5);
    record.writeUInt32LE(zlib.crc32(row) >>> 0, 9);
    parts.push(record, row);
  }
  return Buffer.concat(parts);
}

function varuint(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    bytes.push(byte);
  } while (value > 0);
  return Buffer.from(bytes);
}

module.exports = { parseBatch, executeBatch, encodeResults };
