// The panel's API: the agenda once, the minutes polled with their ETag, the ops office's writes with If-Match.
import type { Host } from "../host";
import type { Agenda, Minutes, Texts } from "./types";

export class SignInNeeded extends Error {}

export class ApiError extends Error {
  constructor(public readonly status: number, message: string, public readonly fields: Record<string, string> = {}, public readonly minutes: Minutes | null = null, public readonly etag: string | null = null) {
    super(message);
  }
}

const base = "/dashboard/panel/api";
let antiforgery: string | null = null;

function meetingQuery(host: Host): string {
  const q = new URLSearchParams({ locale: host.locale });
  if (host.meetingId) q.set("meeting", host.meetingId);
  if (host.chatId) q.set("chat", host.chatId);
  return q.toString();
}

function headers(host: Host, extra: Record<string, string> = {}): Record<string, string> {
  return host.token ? { ...extra, Authorization: `Bearer ${host.token}` } : extra;
}

async function failure(response: Response): Promise<never> {
  if (response.status === 401) throw new SignInNeeded();
  let body: { message?: string; fields?: Record<string, string>; minutes?: Minutes } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status text says it.
  }
  throw new ApiError(response.status, body.message ?? response.statusText, body.fields ?? {}, body.minutes ?? null, response.headers.get("ETag"));
}

export async function texts(host: Host): Promise<Texts> {
  const response = await fetch(`${base}/texts?locale=${encodeURIComponent(host.locale)}`);
  return response.ok ? response.json() : failure(response);
}

export async function agenda(host: Host): Promise<Agenda> {
  const response = await fetch(`${base}/agenda?${meetingQuery(host)}`, { headers: headers(host), credentials: "same-origin" });
  return response.ok ? response.json() : failure(response);
}

/** The minutes when they changed since <paramref name="etag"/>, else null (304). */
export async function minutes(host: Host, etag: string | null): Promise<{ minutes: Minutes; etag: string | null } | null> {
  const response = await fetch(`${base}/minutes?${meetingQuery(host)}`, {
    headers: headers(host, etag ? { "If-None-Match": etag } : {}),
    credentials: "same-origin",
    cache: "no-store",
  });
  if (response.status === 304) return null;
  if (!response.ok) return failure(response);
  return { minutes: await response.json(), etag: response.headers.get("ETag") };
}

/**
 * Records a decision or an action item; answers the minutes as they now are. <paramref name="key"/> names this
 * submission, so sending it again after a lost answer records it once.
 */
export async function record(host: Host, what: "decisions" | "actions", etag: string | null, key: string, body: Record<string, string>): Promise<{ minutes: Minutes; etag: string | null }> {
  const extra: Record<string, string> = { "Content-Type": "application/json", "Idempotency-Key": key };
  if (etag) extra["If-Match"] = etag;
  if (!host.token) {
    antiforgery ??= await antiforgeryToken();
    extra["X-OpsRhythm-Antiforgery"] = antiforgery;
  }
  const response = await fetch(`${base}/${what}?${meetingQuery(host)}`, { method: "POST", headers: headers(host, extra), credentials: "same-origin", body: JSON.stringify(body) });
  if (!response.ok) return failure(response);
  return { minutes: await response.json(), etag: response.headers.get("ETag") };
}

async function antiforgeryToken(): Promise<string> {
  const response = await fetch(`${base}/antiforgery`, { credentials: "same-origin" });
  if (!response.ok) return failure(response);
  return (await response.json()).token as string;
}
