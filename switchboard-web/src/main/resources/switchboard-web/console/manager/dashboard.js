// The live dashboard: queue length, chats in progress, average wait and first response time today, each
// with a sparkline of its recent samples, and chats started per hour over the last twelve hours. Polls
// Rocket.Chat's public analytics endpoints every few seconds while the page is visible, and at once when
// it becomes visible again.
import { act, frame } from './ui.js';
import { barChart, sparkline } from './charts.js';

const POLL_MS = 3000;
const SAMPLES = 40;
const HOURS = 12;
const EVER = '2000-01-01T00:00:00.000Z';
const TILES = [
  { key: 'queue', label: 'Waiting in queue', format: String },
  { key: 'inProgress', label: 'Chats in progress', format: String },
  { key: 'avgWait', label: 'Average wait today', format: duration },
  { key: 'firstResponse', label: 'Average first response today', format: duration },
];
/** Samples outlive the element, so the sparklines keep their samplesByTile while the manager visits other views. */
const samplesByTile = Object.fromEntries(TILES.map((t) => [t.key, []]));
const testId = (key) => 'dash-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

class ManagerDashboard extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<section class="manager" aria-labelledby="dashboard-title">
      ${frame('dashboard-title', 'Dashboard')}
      <div class="tiles">${TILES.map((t) => `
        <div class="tile card" data-testid="${testId(t.key)}">
          <h2 class="tile-label">${t.label}</h2>
          <p class="value" aria-live="off">–</p>
          <div class="chart"></div>
        </div>`).join('')}</div>
      <div class="card">
        <h2>Chats started per hour</h2>
        <div class="chart" data-testid="dash-per-hour"></div>
      </div>
      <p class="muted small">Updated <time data-testid="dash-updated">never</time>
        <button type="button" class="quiet small" data-testid="dash-refresh">Refresh now</button></p>
    </section>`;
    this.querySelector('[data-testid="dash-refresh"]').addEventListener('click', () => this.refresh());
    this.onVisibility = () => (document.hidden ? this.stop() : this.start());
    document.addEventListener('visibilitychange', this.onVisibility);
    this.start();
  }

  disconnectedCallback() {
    this.stop();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  start() {
    if (this.timer) return;
    this.refresh();
    this.timer = setInterval(() => this.refresh(), POLL_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }

  /** One round of requests; a round still running is not overlapped by the next tick. */
  async refresh() {
    if (this.busy) return;
    this.busy = true;
    await act(this, null, async () => {
      const now = new Date();
      const soon = new Date(now.getTime() + 60_000).toISOString();
      const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString();
      const since = new Date(now.getTime() - (HOURS - 1) * 3_600_000);
      since.setMinutes(0, 0, 0);
      const range = (start) => `start=${encodeURIComponent(start)}&end=${encodeURIComponent(soon)}`;
      const [chats, timings, rooms] = await Promise.all([
        this.api.rc('GET', `livechat/analytics/dashboards/charts/chats?${range(EVER)}`),
        this.api.rc('GET', `livechat/analytics/dashboards/charts/timings?${range(today)}`),
        this.api.rc('GET', `livechat/rooms?count=0&createdAt=${encodeURIComponent(JSON.stringify({ start: since.toISOString(), end: soon }))}`),
      ]);
      this.show({ queue: chats.queued, inProgress: chats.open, avgWait: timings.waiting.avg, firstResponse: timings.response.avg });
      this.perHour(rooms.rooms, since);
      const updated = this.querySelector('[data-testid="dash-updated"]');
      updated.dateTime = now.toISOString();
      updated.textContent = now.toLocaleTimeString();
      this.dataset.ready = 'true';
    });
    this.busy = false;
  }

  show(values) {
    for (const t of TILES) {
      const samples = samplesByTile[t.key];
      samples.push(values[t.key]);
      if (samples.length > SAMPLES) samples.shift();
      const tile = this.querySelector(`[data-testid="${testId(t.key)}"]`);
      tile.querySelector('.value').textContent = t.format(values[t.key]);
      tile.dataset.value = values[t.key];
      tile.querySelector('.chart').innerHTML = sparkline(samples, { label: `${t.label}, last ${samples.length} samples` });
    }
  }

  perHour(rooms, since) {
    const bars = Array.from({ length: HOURS }, (_, i) => {
      const at = new Date(since.getTime() + i * 3_600_000);
      return { at: at.getTime(), label: at.getHours().toString().padStart(2, '0'), value: 0 };
    });
    for (const r of rooms) {
      const i = Math.floor((Date.parse(r.ts) - since.getTime()) / 3_600_000);
      if (i >= 0 && i < HOURS) bars[i].value++;
    }
    const chart = this.querySelector('[data-testid="dash-per-hour"]');
    chart.innerHTML = barChart(bars, { width: Math.max(240, chart.clientWidth), label: `Chats started per hour: ${bars.map((b) => `${b.label}h ${b.value}`).join(', ')}` });
    chart.dataset.total = String(bars.reduce((n, b) => n + b.value, 0));
  }
}

/** Seconds as "42 s", "3 min 5 s" or "2 h 10 min". */
function duration(seconds) {
  const s = Math.round(seconds || 0);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

customElements.define('sb-manager-dashboard', ManagerDashboard);
