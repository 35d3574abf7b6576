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
  await download(host, `/dashboard/api/export.csv?${query(host, filters)}`, "opsrhythm.csv");
}

/** The same tables as an Excel workbook. */
export async function exportXlsx(host: Host, filters: Filters): Promise<void> {
  await download(host, `/dashboard/api/export.xlsx?${query(host, filters)}`, "opsrhythm.xlsx");
}

function planQuery(host: Host, filters: Filters, department: string | null): string {
  return query(host, { department, period: filters.period });
}

/** The month's plan as Excel: the department's, or the published company plan when no department is given. */
export async function exportPlanXlsx(host: Host, filters: Filters, department: string | null): Promise<void> {
  await download(host, `/dashboard/api/plan.xlsx?${planQuery(host, filters, department)}`, "opsrhythm-plan.xlsx");
}

/** The month's plan as a printable page, opened in a new window (downloaded when the window is refused). */
export async function openPlanPrint(host: Host, filters: Filters, department: string | null): Promise<void> {
  const response = await fetch(`/dashboard/api/plan.html?${planQuery(host, filters, department)}`, { headers: headers(host), credentials: "same-origin" });
  if (!response.ok) return failure(response);
  const url = URL.createObjectURL(await response.blob());
  if (!window.open(url, "_blank")) save(url, "opsrhythm-plan.html");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function download(host: Host, path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: headers(host), credentials: "same-origin" });
  if (!response.ok) return failure(response);
  const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  save(url, name);
  URL.revokeObjectURL(url);
}

function save(url: string, name: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}
