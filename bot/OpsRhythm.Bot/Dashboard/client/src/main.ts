// The dashboard tab: connects to Teams (or runs as a local page), reads the view and draws it; re-reads on filter changes.
import * as api from "./api";
import { configure } from "./config";
import { applyTheme, connect, type Host } from "./host";
import { h } from "./dom";
import { render } from "./render";
import type { DashboardView, Texts } from "./types";

const root = document.getElementById("app")!;
const params = new URLSearchParams(location.search);
let host: Host;
let texts: Texts = {};
let current: DashboardView | null = null;
let filters: api.Filters = { department: params.get("department"), period: params.get("period") };

function showError(message: string): void {
  root.replaceChildren(h("p", { class: "error", role: "alert" }, message));
}

async function load(): Promise<void> {
  root.setAttribute("aria-busy", "true");
  try {
    current = await api.view(host, filters);
    draw();
  } catch (error) {
    if (error instanceof api.SignInNeeded && !host.inTeams) {
      location.href = "/dashboard/signin";
      return;
    }
    showError(error instanceof api.ApiError ? error.message : texts["Error.Load"] ?? String(error));
  } finally {
    root.setAttribute("aria-busy", "false");
  }
}

function draw(): void {
  if (!current) return;
  render(root, current, texts, {
    filter(department, period) {
      filters = { department, period };
      const url = new URL(location.href);
      url.searchParams.delete("department");
      url.searchParams.delete("period");
      if (department) url.searchParams.set("department", department);
      url.searchParams.set("period", period);
      history.replaceState(null, "", url);
      void load();
    },
    exportCsv() {
      api.exportCsv(host, filters).catch((error: Error) => showError(error.message));
    },
    exportXlsx() {
      api.exportXlsx(host, filters).catch((error: Error) => showError(error.message));
    },
    exportPlan(format) {
      // The department filtered on; a head (who may see only their own) gets theirs; else the company plan.
      const department = filters.department ?? (current?.departments.length === 1 ? current.departments[0].value : null);
      const done = format === "xlsx" ? api.exportPlanXlsx(host, filters, department) : api.openPlanPrint(host, filters, department);
      done.catch((error: Error) => showError(error.message));
    },
  });
  root.dataset.ready = "true";
}

async function start(): Promise<void> {
  host = await connect((theme) => {
    applyTheme(theme);
    draw();
  });
  applyTheme(host.theme);
  texts = await api.texts(host);
  if (root.dataset.page === "config") {
    await configure(root, host, texts);
    return;
  }
  await load();
}

void start();
