// The meeting side panel: connects to Teams (meeting and chat from app.getContext()) or runs as a local page,
// draws the agenda once, then polls the minutes with their ETag so everyone sees decisions and action items appear.
import * as api from "./api";
import { applyTheme, connect, type Host } from "../host";
import { h } from "../dom";
import { clearForm, drawMinutes, render, showErrors } from "./render";
import type { Texts } from "./types";

const root = document.getElementById("app")!;
const pollMilliseconds = 4000;
let host: Host;
let texts: Texts = {};
let etag: string | null = null;
let timer: number | undefined;

function showError(message: string): void {
  root.replaceChildren(h("p", { class: "error", role: "alert" }, message));
}

function setLive(ok: boolean): void {
  const live = document.getElementById("live");
  if (live) live.textContent = ok ? texts["Live"] : texts["Offline"];
}

async function poll(): Promise<void> {
  try {
    const changed = await api.minutes(host, etag);
    if (changed) {
      etag = changed.etag;
      drawMinutes(root, changed.minutes, texts);
    }
    setLive(true);
    root.dataset.minutes = "ready";
  } catch {
    setLive(false);
  }
  schedule();
}

/** Polls while the panel is visible; Teams keeps a hidden panel's page alive, so it rests until shown again. */
function schedule(): void {
  window.clearTimeout(timer);
  if (document.visibilityState === "visible") timer = window.setTimeout(() => void poll(), pollMilliseconds);
}

const submissions = new Map<string, string>();

function newKey(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

async function submit(form: "decisions" | "actions", values: Record<string, string>): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>(`#${form}-form button[type=submit]`);
  if (button) button.disabled = true;
  // One key per submission until it is recorded: a resend after a lost answer is then recorded once.
  const key = submissions.get(form) ?? newKey();
  submissions.set(form, key);
  try {
    const saved = await api.record(host, form, etag, key, values);
    submissions.delete(form);
    etag = saved.etag;
    drawMinutes(root, saved.minutes, texts);
    clearForm(root, form);
    showErrors(root, form, texts["Saved"], {});
  } catch (error) {
    if (error instanceof api.ApiError) {
      if (error.minutes) {
        // Someone else recorded first: show theirs, keep what was typed, ask to submit again.
        etag = error.etag;
        drawMinutes(root, error.minutes, texts);
      }
      showErrors(root, form, error.message, error.fields);
    } else {
      showErrors(root, form, texts["Error.Load"], {});
    }
  } finally {
    if (button) button.disabled = false;
  }
}

async function start(): Promise<void> {
  host = await connect((theme) => applyTheme(theme));
  applyTheme(host.theme);
  document.documentElement.lang = host.locale.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
  texts = await api.texts(host);
  try {
    const view = await api.agenda(host);
    render(root, view, texts, { submit: (form, values) => void submit(form, values) });
    root.dataset.ready = "true";
  } catch (error) {
    if (error instanceof api.SignInNeeded && !host.inTeams) {
      location.href = "/dashboard/signin";
      return;
    }
    showError(error instanceof api.ApiError ? error.message : texts["Error.Load"]);
    return;
  }
  document.addEventListener("visibilitychange", () => (document.visibilityState === "visible" ? void poll() : schedule()));
  await poll();
}

void start();
