// The channel tab's configuration page: pick the department the channel shows; Teams saves the tab's URL.
import { pages } from "@microsoft/teams-js";
import * as api from "./api";
import { h } from "./dom";
import type { Host } from "./host";
import type { Texts } from "./types";

export async function configure(root: HTMLElement, host: Host, t: Texts): Promise<void> {
  let options: { value: string; label: string }[] = [];
  try {
    options = (await api.view(host, { department: null, period: null })).departments;
  } catch {
    // Someone who may see no department in detail still gets the company view.
  }
  const select = h("select", { id: "config-department", "aria-label": t["Config.Department"] },
    h("option", { value: "" }, t["Filter.AllDepartments"]),
    ...options.map((o) => h("option", { value: o.value }, o.label)));
  root.replaceChildren(h("main", { class: "config card" },
    h("h1", {}, t["Config.Title"]),
    h("label", {}, t["Config.Department"], " ", select),
    h("p", {}, t["Config.Save"])));
  if (!host.inTeams) return;

  pages.config.registerOnSaveHandler((save) => {
    if (host.meetingId) {
      // Added to a meeting (side panel, meeting chat or details tab): the meeting panel, whatever the department.
      const panel = new URL("/dashboard/panel/", location.origin).toString();
      pages.config
        .setConfig({ entityId: "opsrhythm-meeting-panel", contentUrl: panel, websiteUrl: panel, suggestedDisplayName: "OpsRhythm" })
        .then(() => save.notifySuccess(), (error: Error) => save.notifyFailure(error.message));
      return;
    }
    const department = select.value;
    const url = new URL("/dashboard/", location.origin);
    if (department) url.searchParams.set("department", department);
    const label = options.find((o) => o.value === department)?.label;
    pages.config
      .setConfig({
        entityId: `opsrhythm-dashboard-${department || "company"}`,
        contentUrl: url.toString(),
        websiteUrl: url.toString(),
        suggestedDisplayName: label ? `${t["Title"]} · ${label}` : t["Title"],
      })
      .then(() => save.notifySuccess(), (error: Error) => save.notifyFailure(error.message));
  });
  pages.config.setValidityState(true);
}
