// Small charts as inline SVG strings: no library, no canvas, so they scale with the layout, print, and
// carry a text alternative. Inputs are plain numbers; callers give the accessible description.
import { esc } from './ui.js';

/** A line of the last samples, scaled to its own maximum (a flat line at the bottom when all are 0). */
export function sparkline(samples, { width = 120, height = 32, label = '' } = {}) {
  if (samples.length < 2) return `<svg class="spark" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}"></svg>`;
  const max = Math.max(...samples, 1e-9);
  const step = width / (samples.length - 1);
  const points = samples.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`);
  return `<svg class="spark" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" preserveAspectRatio="none">
    <polyline points="${points.join(' ')}" fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke"/>
  </svg>`;
}

/**
 * Vertical bars with a label under each and the value on top; `bars` is `[{label, value}]`. Drawn at the
 * given pixel width (the caller's box) so that its text keeps its size on a phone and on a wide screen.
 */
export function barChart(bars, { width = 480, height = 160, label = '' } = {}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const plot = height - 32;
  const body = bars.map((b, i) => {
    const h = (b.value / max) * plot;
    const x = i * slot + slot * 0.15;
    return `<g><title>${esc(b.label)}: ${b.value}</title>
      <rect x="${x.toFixed(1)}" y="${(16 + plot - h).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" rx="2"/>
      <text x="${(i * slot + slot / 2).toFixed(1)}" y="${(12 + plot - h).toFixed(1)}" text-anchor="middle" class="bar-value">${b.value || ''}</text>
      <text x="${(i * slot + slot / 2).toFixed(1)}" y="${height - 4}" text-anchor="middle" class="bar-label">${esc(b.label)}</text></g>`;
  }).join('');
  return `<svg class="bars" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}">${body}</svg>`;
}
