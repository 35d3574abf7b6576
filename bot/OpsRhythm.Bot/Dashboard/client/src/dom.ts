// A tiny element builder: text always goes in as text (never HTML), so names and descriptions cannot inject markup.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(values[Number(i)] ?? ""));
}

export function table(caption: string, headers: string[], rows: (Node | string | number)[][], className = ""): HTMLTableElement {
  return h("table", { class: className || undefined },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...headers.map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c))))));
}

export function number(value: number | null, locale: string): string {
  return value === null ? "–" : value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
