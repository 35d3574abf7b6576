import type { DashboardView, Texts } from "./types";
import type { Host } from "./host";

export class SignInNeeded extends Error {}

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

function headers(host: Host): HeadersInit {
  return host.token ? { Authorization: `Bearer ${host.token}` } : {};
}

export interface Filters { department: string | null; period: string | null }

function query(host: Host, filters: Filters): string {
  const q = new URLSearchParams({ locale: host.locale });
  if (filters.department) q.set("department", filters.department);
  if (filters.period) q.set("period", filters.period);
  return q.toString();
}

async function failure(response: Response): Promise<never> {
  if (response.status === 401) throw new SignInNeeded();
  let message = response.statusText;
  try {
    message = (await response.json()).message ?? message;
  } catch {
    // Not JSON: keep the status text.
  }
  throw new ApiError(response.status, message);
}

export async function texts(host: Host): Promise<Texts> {
  const response = await fetch(`/dashboard/api/texts?locale=${encodeURIComponent(host.locale)}`);
  return response.ok ? response.json() : failure(response);
}

export async function view(host: Host, filters: Filters): Promise<DashboardView> {
  const response = await fetch(`/dashboard/api/view?${query(host, filters)}`, { headers: headers(host), credentials: "same-origin" });
  return response.ok ? response.json() : failure(response);
}

/** Downloads the CSV of the current filters (the request carries the SSO token, so a plain link would not do). */
export async function exportCsv(host: Host, filters: Filters): Promise<void> {
  const response = await fetch(`/dashboard/api/export.csv?${query(host, filters)}`, { headers: headers(host), credentials: "same-origin" });
  if (!response.ok) return failure(response);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "opsrhythm.csv";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
