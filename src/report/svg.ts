// Inline SVG bar charts for the review report's overview: no script, no external assets.
import { escapeHtml } from './html.js';

/** One bar: its label, its value and the text shown beside it. */
export interface Bar {
  label: string;
  value: number;
  note?: string;
}

/**
 * Horizontal bars, one row per item, scaled to `max`.
 * @param title the chart's accessible name
 */
export function barChart(title: string, bars: readonly Bar[], max = Math.max(1, ...bars.map((b) => b.value))): string {
  const row = 22;
  const labelWidth = 170;
  const barWidth = 320;
  const height = bars.length * row + 4;
  const rows = bars.map((b, i) => {
    const y = i * row + 2;
    const w = max > 0 ? Math.round((Math.max(0, b.value) / max) * barWidth) : 0;
    return (
      `<g><title>${escapeHtml(`${b.label}: ${b.note ?? b.value}`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${row - 6}" fill="#eee"/>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 6}" fill="#4a7fb5"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 15}">${escapeHtml(b.note ?? String(b.value))}</text></g>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 70}" height="${height}" font-size="12" font-family="sans-serif">${rows.join('')}</svg>`;
}
