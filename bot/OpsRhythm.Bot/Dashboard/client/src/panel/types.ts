// The JSON of the panel's API (bot/OpsRhythm.Bot/Meetings/Panel), camelCase.
export interface Choice { value: string; label: string; group: string | null }
export interface AgendaItem { kind: string; kindLabel: string; departmentId: string; department: string; subject: string; detail: string | null }
export interface DepartmentRow { id: string; name: string; blockers: string[]; help: string | null; problems: string | null; late: boolean }
export interface ActionRow { id: string; title: string; owner: string; deadline: string; link: string | null; state: string; stateLabel: string; overdue: boolean }
export interface DecisionRow { id: string; text: string; recordedBy: string; recordedAt: string }
export interface Agenda {
  language: string;
  title: string;
  week: string;
  asOf: string;
  agenda: AgendaItem[];
  departments: DepartmentRow[];
  departmentsLimited: boolean;
  mayRecord: boolean;
  attendees: Choice[];
  links: Choice[];
  today: string;
  lastWeek: ActionRow[];
}
export interface Minutes { decisions: DecisionRow[]; actions: ActionRow[] }
export type Texts = Record<string, string>;
