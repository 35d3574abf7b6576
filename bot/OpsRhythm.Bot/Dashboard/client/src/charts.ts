// Charts drawn with Chart.js in the theme's colours (CSS variables); each chart has a table of the same numbers beside it.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.animation = false;

const charts: Chart[] = [];

function colour(name: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || "#000";
}

export function destroyCharts(): void {
  while (charts.length > 0) charts.pop()!.destroy();
}

function themed(): void {
  Chart.defaults.color = colour("--fg");
  Chart.defaults.borderColor = colour("--grid");
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
}

export function barChart(canvas: HTMLCanvasElement, labels: string[], values: number[], label: string): void {
  themed();
  charts.push(new Chart(canvas, {
    type: "bar",
    data: { labels, datasets: [{ label, data: values, backgroundColor: colour("--accent"), borderColor: colour("--accent-border"), borderWidth: 1 }] },
    options: { responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } },
  }));
}

export interface Series { label: string; values: (number | null)[]; dashed?: boolean; colourVariable: string }

export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[]): void {
  themed();
  charts.push(new Chart(canvas, {
    type: "line",
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: colour(s.colourVariable),
        backgroundColor: colour(s.colourVariable),
        borderDash: s.dashed ? [6, 4] : [],
        spanGaps: true,
        pointRadius: 3,
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: "bottom" } } },
  }));
}
