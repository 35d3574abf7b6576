// Draws the panel once (agenda, departments, last week's actions, the forms), then only the minutes' lists on each change,
// so what the ops office is typing survives every update.
import { format, h } from "../dom";
import type { ActionRow, Agenda, DecisionRow, Minutes, Texts } from "./types";

export interface FormHandlers {
  submit(form: "decisions" | "actions", values: Record<string, string>): void;
}

// "-heading", not "-title": the action item form's title field is "actions-title", and a duplicate id would
// point its label at this heading.
function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h("section", { id, class: "card", "aria-labelledby": `${id}-heading` }, h("h2", { id: `${id}-heading` }, title), ...children);
}

function empty(text: string): HTMLElement {
  return h("p", { class: "empty" }, text);
}

function actionItem(a: ActionRow): HTMLElement {
  return h("li", { class: a.overdue ? "overdue" : undefined },
    h("span", { class: "what" }, a.title),
    h("span", { class: "muted" }, ` ${a.owner} · ${a.deadline}`),
    a.link ? h("span", { class: "muted link" }, ` · ${a.link}`) : null,
    h("span", { class: `badge state-${a.state}` }, a.stateLabel));
}

function decisionItem(d: DecisionRow): HTMLElement {
  return h("li", {}, h("span", { class: "what" }, d.text), h("span", { class: "muted" }, ` ${d.recordedBy} · ${d.recordedAt}`));
}

export function drawMinutes(root: HTMLElement, minutes: Minutes, t: Texts): void {
  const decisions = root.querySelector("#decisions-list");
  const actions = root.querySelector("#actions-list");
  decisions?.replaceChildren(...(minutes.decisions.length ? minutes.decisions.map(decisionItem) : [h("li", { class: "empty" }, t["Empty.Decisions"])]));
  actions?.replaceChildren(...(minutes.actions.length ? minutes.actions.map(actionItem) : [h("li", { class: "empty" }, t["Empty.Actions"])]));
}

function field(form: string, name: string, label: string, control: HTMLElement): HTMLElement {
  const id = `${form}-${name}`;
  control.id = id;
  control.setAttribute("name", name);
  control.setAttribute("aria-describedby", `${id}-error`);
  return h("div", { class: "field" }, h("label", { for: id }, label), control, h("p", { class: "field-error", id: `${id}-error`, "aria-live": "polite" }));
}

function select(choices: { value: string; label: string; group: string | null }[], first: string): HTMLSelectElement {
  const groups = new Map<string, HTMLOptGroupElement>();
  const control = h("select", {}, h("option", { value: "" }, first));
  for (const c of choices) {
    const option = h("option", { value: c.value }, c.label);
    if (!c.group) {
      control.append(option);
      continue;
    }
    let group = groups.get(c.group);
    if (!group) {
      group = h("optgroup", { label: c.group });
      groups.set(c.group, group);
      control.append(group);
    }
    group.append(option);
  }
  return control;
}

function recordForm(name: "decisions" | "actions", button: string, fields: HTMLElement[], handlers: FormHandlers): HTMLFormElement {
  const form = h("form", { id: `${name}-form`, class: "record", novalidate: true },
    ...fields,
    h("p", { class: "form-note", id: `${name}-note`, role: "status" }),
    h("button", { type: "submit", class: "primary" }, button));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) values[key] = String(value);
    handlers.submit(name, values);
  });
  return form;
}

export function render(root: HTMLElement, view: Agenda, t: Texts, handlers: FormHandlers): void {
  const agenda = view.agenda.length
    ? h("ol", { class: "agenda" }, ...view.agenda.map((a) => h("li", { class: `kind-${a.kind}` },
        h("span", { class: `badge kind-${a.kind}` }, a.kindLabel), " ",
        h("strong", {}, a.department), " ", a.subject,
        a.detail ? h("span", { class: "muted" }, ` · ${a.detail}`) : null)))
    : empty(t["Empty.Agenda"]);
  const departments = view.departments.length
    ? h("ul", { class: "departments" }, ...view.departments.map((d) => h("li", { "data-department": d.id },
        h("strong", {}, d.name), d.late ? h("span", { class: "badge late" }, t["Department.Late"]) : null,
        d.blockers.length ? h("p", {}, format(t["Department.Blockers"], d.blockers.join(t["ListSeparator"]))) : null,
        d.help ? h("p", {}, d.help) : null,
        d.problems ? h("p", { class: "muted" }, format(t["Department.Problems"], d.problems)) : null)))
    : empty(t["Empty.Departments"]);
  const lastWeek = view.lastWeek.length ? h("ul", { class: "items" }, ...view.lastWeek.map(actionItem)) : empty(t["Empty.LastWeek"]);

  const decisionsForm = view.mayRecord
    ? recordForm("decisions", t["Button.RecordDecision"], [field("decisions", "text", t["Field.Decision"], h("textarea", { rows: "2", required: true }))], handlers)
    : null;
  const deadline = h("input", { type: "date", min: view.today, required: true });
  const actionsForm = view.mayRecord
    ? recordForm("actions", t["Button.AddAction"], [
        field("actions", "title", t["Field.Action"], h("textarea", { rows: "2", required: true })),
        field("actions", "owner", t["Field.Owner"], select(view.attendees.map((a) => ({ ...a, group: null })), t["Field.Choose"])),
        field("actions", "deadline", t["Field.Deadline"], deadline),
        field("actions", "link", t["Field.Link"], select(view.links, t["Link.None"])),
      ], handlers)
    : null;

  root.replaceChildren(
    h("header", { class: "top" },
      h("h1", {}, view.title),
      h("p", { class: "muted" }, view.week, " · ", view.asOf),
      h("p", { class: "live muted", id: "live", role: "status" }, t["Live"])),
    h("main", { class: "panel" },
      section("agenda", t["Section.Agenda"], agenda),
      section("departments", t["Section.Departments"], departments, view.departmentsLimited ? h("p", { class: "muted" }, t["Hidden.Departments"]) : null),
      section("last-week", t["Section.LastWeek"], lastWeek),
      section("decisions", t["Section.Decisions"], h("ul", { id: "decisions-list", class: "items" }), decisionsForm ?? h("p", { class: "muted" }, t["ReadOnly"])),
      section("actions", t["Section.Actions"], h("ul", { id: "actions-list", class: "items" }), actionsForm)));
}

/** Field errors beside their fields (cleared first), and a note under the form. */
export function showErrors(root: HTMLElement, form: string, note: string, fields: Record<string, string>): void {
  root.querySelectorAll<HTMLElement>(`#${form}-form .field-error`).forEach((p) => (p.textContent = ""));
  root.querySelectorAll<HTMLElement>(`#${form}-form [aria-invalid]`).forEach((c) => c.removeAttribute("aria-invalid"));
  for (const [name, message] of Object.entries(fields)) {
    const error = root.querySelector<HTMLElement>(`#${form}-${name}-error`);
    if (error) error.textContent = message;
    root.querySelector(`#${form}-${name}`)?.setAttribute("aria-invalid", "true");
  }
  const noteElement = root.querySelector<HTMLElement>(`#${form}-note`);
  if (noteElement) noteElement.textContent = note;
}

export function clearForm(root: HTMLElement, form: string): void {
  root.querySelector<HTMLFormElement>(`#${form}-form`)?.reset();
}
