// Where the page runs: inside Teams (teams-js: context, SSO token, theme) or in a plain browser (local sign-in cookie).
import { app, authentication } from "@microsoft/teams-js";

export type Theme = "default" | "dark" | "contrast";

export interface Host {
  inTeams: boolean;
  locale: string;
  theme: Theme;
  token: string | null;
  /** The Teams meeting and its chat when the tab is open in one (side panel, meeting chat or details tab). */
  meetingId: string | null;
  chatId: string | null;
}

const query = new URLSearchParams(location.search);

function asTheme(value: string | null | undefined): Theme {
  return value === "dark" || value === "contrast" ? value : "default";
}

export function applyTheme(theme: Theme): void {
  document.body.classList.remove("theme-default", "theme-dark", "theme-contrast");
  document.body.classList.add(`theme-${theme}`);
}

/** Teams frames the tab; a top-level window is a browser (local sign-in). */
export async function connect(onThemeChange: (theme: Theme) => void): Promise<Host> {
  const framed = window.parent !== window;
  if (framed) {
    try {
      await app.initialize();
      const context = await app.getContext();
      const theme = asTheme(context.app.theme);
      app.registerOnThemeChangeHandler((t) => onThemeChange(asTheme(t)));
      const token = await authentication.getAuthToken();
      app.notifySuccess();
      return { inTeams: true, locale: context.app.locale, theme, token, meetingId: context.meeting?.id ?? null, chatId: context.chat?.id ?? null };
    } catch {
      // Not a Teams frame after all (or SSO is not set up): carry on as a browser page.
    }
  }
  return {
    inTeams: false,
    locale: query.get("locale") ?? navigator.language,
    theme: asTheme(query.get("theme")),
    token: null,
    meetingId: query.get("meeting"),
    chatId: query.get("chat"),
  };
}
