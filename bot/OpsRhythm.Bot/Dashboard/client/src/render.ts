// Draws the dashboard from one DashboardView: header and filters, then each section as a chart and/or a table.
import { barChart, destroyCharts, lineChart } from "./charts";
import { format, h, number, table } from "./dom";
import type { DashboardView, Texts } from "./types";

export interface Actions {
  filter(department: string | null, period: string): void;
  exportCsv(): void;
  exportXlsx(): void;
  exportPlan(format: "xlsx" | "html"): void;
}

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h("section", { id, "aria-labelledby": `${id}-title`, class: "card" }, h("h2", { id: `${id}-title` }, title), ...content);
}

function empty(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

function header(view: DashboardView, t: Texts, actions: Actions): HTMLElement {
  const department = h("select", { id: "filter-department", "aria-label": t["Filter.Department"] },
    h("option", { value: "" }, t["Filter.AllDepartments"]),
    ...view.departments.map((d) => h("option", { value: d.value, selected: d.value === view.department }, d.label)));
  const period = h("select", { id: "filter-period", "aria-label": t["Filter.Period"] },
    ...view.periods.map((p) => h("option", { value: p.value, selected: p.value === view.period }, p.label)));
  const changed = () => actions.filter(department.value || null, period.value);
  department.addEventListener("change", changed);
  period.addEventListener("change", changed);
  const exportButton = h("button", { type: "button", id: "export" }, t["Export"]);
  exportButton.addEventListener("click", () => actions.exportCsv());
  const xlsxButton = h("button", { type: "button", id: "export-xlsx" }, t["ExportXlsx"]);
  xlsxButton.addEventListener("click", () => actions.exportXlsx());
  const signOut = view.viewer.signedInLocally
    ? h("form", { method: "post", action: "/dashboard/signout", class: "inline" }, h("button", { type: "submit" }, t["SignOut"]))
    : null;
  return h("header", { class: "top" },
    view.viewer.signedInLocally ? h("p", { class: "local-banner", role: "note" }, t["Local.Banner"]) : null,
    h("div", { class: "title-row" },
      h("h1", {}, t["Title"]),
      h("p", { class: "viewer" }, format(t["SignedInAs"], view.viewer.name), " · ", view.viewer.scope, " ", signOut)),
    h("div", { class: "filters", role: "group", "aria-label": `${t["Filter.Department"]} / ${t["Filter.Period"]}` },
      h("label", {}, t["Filter.Department"], " ", department),
      h("label", {}, t["Filter.Period"], " ", period),
      exportButton,
      xlsxButton));
}

function planExports(t: Texts, actions: Actions): HTMLElement {
  const xlsx = h("button", { type: "button", id: "plan-xlsx" }, t["PlanXlsx"]);
  xlsx.addEventListener("click", () => actions.exportPlan("xlsx"));
  const print = h("button", { type: "button", id: "plan-print" }, t["PlanPrint"]);
  print.addEventListener("click", () => actions.exportPlan("html"));
  return h("div", { class: "filters", role: "group", "aria-label": t["Section.Plans"] }, xlsx, print);
}

function plans(view: DashboardView, t: Texts, actions: Actions): HTMLElement {
  const rows = view.plans.departments;
  if (rows.length === 0) return section("plans", t["Section.Plans"], empty(t["Empty.Plans"]));
  const canvas = h("canvas", { role: "img", "aria-label": `${t["Section.Plans"]}: ${rows.map((r) => `${r.department} ${r.completion}%`).join(", ")}` });
  const result = section("plans", `${t["Section.Plans"]} · ${view.plans.cycleState ?? ""}`,
    h("div", { class: "chart" }, canvas),
    table(t["Chart.Data"], [t["Col.Department"], t["Col.State"], t["Col.Completion"], t["Col.Tasks"]],
      rows.map((r) => [r.department, r.stateLabel, `${r.completion}%`, `${r.done}/${r.tasks}`]), "data"),
    view.plans.cycleId ? planExports(t, actions) : null);
  queueMicrotask(() => barChart(canvas, rows.map((r) => r.department), rows.map((r) => r.completion), t["Chart.Completion"]));
  return result;
}

function tasks(view: DashboardView, t: Texts): HTMLElement {
  if (view.tasks.length === 0) return section("tasks", t["Section.Tasks"], empty(t["Empty.Tasks"]));
  return section("tasks", t["Section.Tasks"],
    table(t["Section.Tasks"], [t["Col.Department"], t["Col.Task"], t["Col.Owner"], t["Col.Due"], t["Col.State"], t["Col.Progress"]],
      view.tasks.map((r) => [r.department, (r.milestone ? "◆ " : "") + r.title, r.owner, r.dueText ?? r.due,
        h("span", { class: `badge status-${r.status}` }, r.statusLabel),
        h("progress", { max: "100", value: String(r.progress), "aria-label": `${r.title} ${r.progress}%` }, `${r.progress}%`)])));
}

function week(view: DashboardView, t: Texts): HTMLElement {
  const rows = view.week.departments;
  if (rows.length === 0) return section("week", `${t["Section.Week"]} · ${view.week.title}`, empty(t["Empty.Week"]));
  return section("week", `${t["Section.Week"]} · ${view.week.title}`,
    h("ul", { class: "week" }, ...rows.map((r) => h("li", { class: r.hasBlocker ? "blocked" : "" },
      h("strong", {}, r.department), " ",
      h("span", { class: `badge report-${r.state}` }, r.stateLabel),
      r.late ? h("span", { class: "badge late" }, t["Week.Late"]) : null,
      r.hasBlocker ? h("span", { class: "badge status-Blocked" }, t["Week.Blocker"]) : null,
      r.blockers.length > 0 ? h("ul", {}, ...r.blockers.map((b) => h("li", {}, b))) : null,
      r.problems ? h("p", {}, r.problems) : null,
      r.helpNeeded ? h("p", {}, r.helpNeeded) : null))));
}

function indicators(view: DashboardView, t: Texts): HTMLElement {
  if (view.indicators.length === 0) return section("indicators", t["Section.Indicators"], empty(t["Empty.Indicators"]));
  const figures = view.indicators.map((trend) => {
    const title = `${trend.department} · ${trend.name} (${trend.unit})`;
    const canvas = h("canvas", { role: "img", "aria-label": title });
    const labels = trend.points.map((p) => p.period);
    queueMicrotask(() => lineChart(canvas, labels, [
      { label: t["Col.Actual"], values: trend.points.map((p) => p.actual), colourVariable: "--series-actual" },
      { label: t["Col.Target"], values: trend.points.map((p) => p.target), dashed: true, colourVariable: "--series-target" },
      { label: t["Col.LastYear"], values: trend.points.map((p) => p.lastYear), dashed: true, colourVariable: "--series-last-year" },
    ]));
    return h("figure", { class: "trend", "data-indicator": trend.indicatorId, "data-department": trend.departmentId },
      h("figcaption", {}, title),
      h("div", { class: "chart" }, canvas),
      h("details", {}, h("summary", {}, t["Chart.Data"]),
        table(title, [t["Col.Period"], t["Col.Actual"], t["Col.Target"], t["Col.LastYear"]],
          trend.points.map((p) => [p.period, number(p.actual, view.locale), number(p.target, view.locale), number(p.lastYear, view.locale)]), "data")));
  });
  return section("indicators", t["Section.Indicators"], h("div", { class: "trends" }, ...figures));
}

function risks(view: DashboardView, t: Texts): HTMLElement {
  const cells = view.risks.heatMap;
  const grid = h("table", { class: "heat" },
    h("caption", {}, `${t["Heat.Impact"]} ↑ · ${t["Heat.Likelihood"]} →`),
    h("tbody", {}, ...[5, 4, 3, 2, 1].map((impact) => h("tr", {},
      h("th", { scope: "row" }, impact),
      ...cells.filter((c) => c.impact === impact).sort((a, b) => a.likelihood - b.likelihood).map((c) =>
        h("td", { class: `level-${c.level}`, "aria-label": format(t["Heat.Cell"], c.likelihood, c.impact, c.count, c.levelLabel), title: c.levelLabel }, c.count > 0 ? c.count : ""))))),
    h("tfoot", {}, h("tr", {}, h("td", {}), ...[1, 2, 3, 4, 5].map((l) => h("th", { scope: "col" }, l)))));
  const list = view.risks.open.length === 0
    ? empty(t["Empty.Risks"])
    : table(t["Section.Risks"], [t["Col.Department"], t["Col.Risk"], t["Col.Score"], t["Col.Level"], t["Col.Owner"]],
      view.risks.open.map((r) => [r.department, r.description, `${r.likelihood}×${r.impact}=${r.score}`, h("span", { class: `badge level-${r.level}` }, r.levelLabel), r.owner]));
  return section("risks", t["Section.Risks"], h("div", { class: "risk-layout" }, grid, list));
}

function alerts(view: DashboardView, t: Texts): HTMLElement {
  if (view.risks.alerts.length === 0) return section("alerts", t["Section.Alerts"], empty(t["Empty.Alerts"]));
  return section("alerts", t["Section.Alerts"],
    table(t["Section.Alerts"], [t["Col.Department"], t["Col.Indicator"], t["Col.Period"], t["Col.Actual"], t["Col.Threshold"], t["Col.Raised"]],
      view.risks.alerts.map((a) => [a.department, a.indicator, a.period, number(a.value, view.locale), number(a.threshold, view.locale),
        a.raisedAtText ?? a.raisedAt])));
}

function resources(view: DashboardView, t: Texts): HTMLElement {
  if (view.resources.length === 0) return section("resources", t["Section.Resources"], empty(t["Empty.Resources"]));
  const figure = (value: number | null, over: boolean) => over
    ? h("span", { class: "badge level-High", title: t["Resources.Over"] }, `${number(value, view.locale)} ⚠ ${t["Resources.Over"]}`)
    : number(value, view.locale);
  return section("resources", t["Section.Resources"],
    table(t["Section.Resources"], [t["Col.Department"], t["Col.Period"], t["Col.PlannedBudget"], t["Col.ActualBudget"], t["Col.PlannedHeadcount"], t["Col.ActualHeadcount"]],
      view.resources.map((r) => [r.department, r.period, number(r.plannedBudget, view.locale), figure(r.actualBudget, r.overBudget),
        number(r.plannedHeadcount, view.locale), figure(r.actualHeadcount, r.overHeadcount)])));
}

function meetings(view: DashboardView, t: Texts): HTMLElement {
  if (view.meetings.length === 0) return section("meetings", t["Section.Meetings"], empty(t["Empty.Meetings"]));
  return section("meetings", t["Section.Meetings"],
    h("ul", { class: "meetings" }, ...view.meetings.map((m) => h("li", {},
      // Formatted by the bot on the organisation's clock, never the browser's zone.
      h("strong", {}, m.subject), " ", m.whenText ?? m.start, " ",
      m.joinUrl ? h("a", { href: m.joinUrl, target: "_blank", rel: "noopener" }, t["Col.Join"]) : null))));
}

function actionItems(view: DashboardView, t: Texts): HTMLElement {
  const items = view.actionItems;
  if (items.items.length === 0) return section("action-items", t["Section.ActionItems"], empty(t["Empty.ActionItems"]));
  return section("action-items", t["Section.ActionItems"],
    h("p", { class: "summary" }, format(t["ActionItems.Summary"], items.open, items.overdue)),
    table(t["Section.ActionItems"], [t["Col.Department"], t["Col.ActionItem"], t["Col.Owner"], t["Col.Due"], t["Col.Meeting"]],
      items.items.map((i) => [i.department, i.text, i.owner,
        // Written by the bot on the organisation's clock; overdue items first, flagged.
        h("span", { class: i.overdue ? "badge status-Blocked" : undefined }, i.deadlineText ?? i.deadline, i.overdue ? ` · ${t["ActionItems.Overdue"]}` : ""),
        `${i.meeting} ${i.meetingDateText ?? i.meetingDate}`])));
}

export function render(root: HTMLElement, view: DashboardView, t: Texts, actions: Actions): void {
  destroyCharts();
  document.documentElement.lang = view.locale;
  document.title = t["Title"];
  root.replaceChildren(
    header(view, t, actions),
    h("main", { class: "grid" }, plans(view, t, actions), week(view, t), tasks(view, t), indicators(view, t), risks(view, t), alerts(view, t), resources(view, t), actionItems(view, t), meetings(view, t)));
}
