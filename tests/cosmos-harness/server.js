// The Cosmos DB-compatible server of the integration tests: @vercel/cosmosdb-server's routes and
// in-memory account behind our own HTTPS request handler, which fixes the deviations the product
// relies on (README.md lists each one). Usage: node server.js --port 0 --cert cert.pem --key key.pem
"use strict";

const fs = require("fs");
const https = require("https");
const { randomUUID } = require("crypto");
const Account = require("@vercel/cosmosdb-server/lib/account").default;
const route = require("@vercel/cosmosdb-server/lib/routes").default;
const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document").default;
const queryDocuments = require("@vercel/cosmosdb-server/lib/handler/query-documents").default;
const batchDocuments = require("@vercel/cosmosdb-server/lib/handler/batch-documents").default;
const { parseBatch, executeBatch, encodeResults } = require("./hybridrow-batch");
require("./linear-query");
const { withPartition } = require("./partition-index");

const args = parseArgs(process.argv.slice(2));
const log = process.env.HARNESS_LOG === "1";
let account;

const server = https.createServer(
  { cert: fs.readFileSync(args.cert), key: fs.readFileSync(args.key), keepAlive: true },
  (req, res) => handle(req, res).catch(err => {
    console.error(err);
    if (!res.writableEnded) {
      res.statusCode = 500;
      res.end(JSON.stringify({ code: "InternalServerError", message: String(err && err.message) }));
    }
  })
);
server.keepAliveTimeout = 60000;

server.listen(args.port, "127.0.0.1", () => {
  const { port } = server.address();
  account = new Account("127.0.0.1", port);
  console.log(`Ready at https://127.0.0.1:${port}/`);
});

// Operations served, by kind, for bench/ (operations per minute while idle and while draining):
// `GET /_harness/stats`. Not a Cosmos DB route; the product never calls it.
const served = {};

function kindOf(req) {
  if (isTrue(req, "x-ms-cosmos-is-query-plan-request")) return "query-plan";
  if (isTrue(req, "x-ms-cosmos-is-batch-request")) return "batch";
  if (isTrue(req, "x-ms-documentdb-isquery")) {
    return isTrue(req, "x-ms-documentdb-query-enablecrosspartition") ? "query-cross-partition" : "query";
  }
  const onDocument = /\/docs\/[^/]+$/.test(req.url.split("?")[0]);
  switch (req.method) {
    case "GET": return onDocument ? "read" : "read-feed-or-metadata";
    case "POST": return "create-or-upsert";
    case "PUT": return "replace";
    case "DELETE": return "delete";
    case "PATCH": return "patch";
    default: return "other";
  }
}

async function handle(req, res) {
  if (req.method === "GET" && req.url === "/_harness/stats") {
    send(req, res, 200, { served });
    return;
  }
  const kind = kindOf(req);
  served[kind] = (served[kind] || 0) + 1;
  const matched = route(req);
  let status = 200;
  let body;
  if (log) {
    console.error(`${req.method} ${req.url} pk=${req.headers["x-ms-documentdb-partitionkey"] || ""} ` +
      `cross=${req.headers["x-ms-documentdb-query-enablecrosspartition"] || ""} plan=${req.headers["x-ms-cosmos-is-query-plan-request"] || ""} ` +
      `batch=${req.headers["x-ms-cosmos-is-batch-request"] || ""}`);
  }

  if (isTrue(req, "x-ms-cosmos-is-query-plan-request")) {
    // Fix: the SDK asks for a query plan before a cross-partition query; the server does not know
    // the request. The plan below says "no rewriting, all partitions", which is right for the
    // product's cross-partition queries (filters only; ORDER BY/TOP across partitions unsupported).
    ({ status, body } = await queryPlan(req));
  } else if (!matched) {
    status = 400;
    body = { code: "BadRequest", message: "no route" };
  } else {
    const [params, handler] = matched;
    if (handler === batchDocuments && !isJson(req)) {
      // Fix: the .NET SDK sends TransactionalBatch as binary HybridRow, which the server cannot
      // parse; hybridrow-batch.js decodes it and applies it all or nothing.
      await batch(req, res, params);
      return;
    } else if (handler === readDocument && !documentExists(req, params)) {
      // Fix: reading a missing (or deleted) id answers 404 like Cosmos DB, not 500.
      status = 404;
      body = { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
    } else {
      res.statusCode = 200;
      try {
        // Fix: a query sent with a partition key (and not marked cross-partition) is evaluated over
        // that partition's documents only (partition-index.js), even when its WHERE clause does not
        // name the partition key.
        const partitionKey = partitionKeyValue(req);
        body = handler === queryDocuments && partitionKey !== undefined && !isTrue(req, "x-ms-documentdb-query-enablecrosspartition")
          ? await withPartition(partitionKey, () => handler(account, req, res, params))
          : await handler(account, req, res, params);
        status = res.statusCode;
      } catch (err) {
        console.error(err);
        status = 500;
        body = { code: "InternalServerError", message: err.message };
      }
    }
  }

  send(req, res, status, body);
}

async function batch(req, res, { dbId, collId }) {
  const collection = account.database(dbId).collection(collId);
  let status;
  let results;
  try {
    if (!collection.read()) {
      send(req, res, 404, { code: "NotFound", message: "The collection does not exist." });
      return;
    }
    [status, results] = executeBatch(collection, req.headers["x-ms-documentdb-partitionkey"], parseBatch(await readBody(req)));
  } catch (err) {
    if (!err.badRequest) throw err;
    send(req, res, 400, { code: "BadRequest", message: err.message });
    return;
  }
  res.statusCode = status;
  res.setHeader("content-type", "application/octet-stream");
  res.setHeader("connection", "keep-alive");
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", String(results.length));
  res.end(encodeResults(results));
}

function documentExists(req, { dbId, collId, docId }) {
  const collection = account.database(dbId).collection(collId);
  if (!collection.read()) {
    return false;
  }
  const partitionKey = partitionKeyValue(req);
  return partitionKey !== undefined && Boolean(collection.document(docId, partitionKey).read());
}

async function queryPlan(req) {
  const text = JSON.parse((await readBody(req)).toString() || "{}").query || "";
  if (/\bORDER\s+BY\b|\bTOP\b|\bDISTINCT\b|\bGROUP\s+BY\b|\bOFFSET\b/i.test(text)) {
    return { status: 400, body: { code: "BadRequest", message: "The Cosmos test harness plans only filter-only cross-partition queries." } };
  }
  return {
    status: 200,
    body: {
      partitionedQueryExecutionInfoVersion: 2,
      queryInfo: {
        distinctType: "None", top: null, offset: null, limit: null, orderBy: [], orderByExpressions: [],
        groupByExpressions: [], groupByAliases: [], aggregates: [], groupByAliasToAggregateType: {},
        rewrittenQuery: "", hasSelectValue: false, dCountInfo: null, hasNonStreamingOrderBy: false,
      },
      queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
    },
  };
}

function send(req, res, status, body) {
  if (body && body._etag) {
    res.setHeader("etag", body._etag);
  }
  if (req.headers["a-im"] && status === 200) {
    // As the server does: the partition-key-range feed is one page, then "not modified".
    if (req.headers["if-none-match"]) {
      status = 304;
    }
    res.setHeader("etag", "1");
  }
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("content-location", `https://${req.headers.host}${req.url}`);
  res.setHeader("connection", "keep-alive");
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  res.end(body === undefined ? "" : JSON.stringify(body));
}

function partitionKeyValue(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (!header || header === "[{}]") {
    return undefined;
  }
  const parsed = JSON.parse(header);
  return Array.isArray(parsed) ? parsed[0] : parsed;
}

function isTrue(req, name) {
  return String(req.headers[name] || "").toLowerCase() === "true";
}

function isJson(req) {
  return String(req.headers["content-type"] || "").startsWith("application/json");
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", c => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseArgs(argv) {
  const parsed = { port: 0, cert: "cert.pem", key: "key.pem" };
  for (let i = 0; i < argv.length; i += 2) {
    parsed[argv[i].replace(/^--/, "")] = argv[i + 1];
  }
  parsed.port = parseInt(parsed.port, 10);
  return parsed;
}
