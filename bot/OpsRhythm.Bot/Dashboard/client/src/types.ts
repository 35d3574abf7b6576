// The JSON the service sends (bot/OpsRhythm.Bot/Dashboard/DashboardView.cs), camelCase.
export interface Option { value: string; label: string }
export interface DepartmentPlanRow { departmentId: string; department: string; state: string; stateLabel: string; completion: number; tasks: number; done: number; blocked: number; overdue: boolean }
export interface TaskRow { departmentId: string; department: string; title: string; owner: string; due: string; dueText: string | null; status: string; statusLabel: string; progress: number; milestone: boolean }
export interface WeekRow { departmentId: string; department: string; state: string; stateLabel: string; late: boolean; hasBlocker: boolean; blockers: string[]; problems: string | null; helpNeeded: string | null }
export interface TrendPoint { period: string; actual: number | null; target: number | null; lastYear: number | null }
export interface IndicatorTrend { departmentId: string; department: string; indicatorId: string; name: string; unit: string; points: TrendPoint[] }
export interface HeatCell { likelihood: number; impact: number; count: number; level: string; levelLabel: string }
export interface RiskRow { id: string; departmentId: string; department: string; description: string; likelihood: number; impact: number; score: number; level: string; levelLabel: string; owner: string }
export interface AlertRow { id: string; departmentId: string; department: string; indicator: string; period: string; level: string; value: number; threshold: number; raisedAt: string; raisedAtText: string | null }
export interface ResourceRow { departmentId: string; department: string; period: string; plannedBudget: number | null; actualBudget: number | null; plannedHeadcount: number | null; actualHeadcount: number | null; overBudget: boolean; overHeadcount: boolean }
export interface MeetingRow { id: string; subject: string; start: string; end: string; joinUrl: string | null; whenText: string | null }
export interface ActionItemRow { id: string; departmentId: string | null; department: string; text: string; owner: string; deadline: string; deadlineText: string | null; overdue: boolean; meeting: string; meetingDate: string; meetingDateText: string | null }
export interface DashboardView {
  viewer: { personId: string; name: string; scope: string; signedInLocally: boolean };
  locale: string;
  period: string;
  department: string | null;
  periods: Option[];
  departments: Option[];
  plans: { cycleId: string | null; cycleState: string | null; departments: DepartmentPlanRow[] };
  tasks: TaskRow[];
  week: { week: string; title: string; departments: WeekRow[] };
  indicators: IndicatorTrend[];
  risks: { heatMap: HeatCell[]; open: RiskRow[]; alerts: AlertRow[] };
  meetings: MeetingRow[];
  resources: ResourceRow[];
  actionItems: { open: number; overdue: number; items: ActionItemRow[] };
}
export type Texts = Record<string, string>;
