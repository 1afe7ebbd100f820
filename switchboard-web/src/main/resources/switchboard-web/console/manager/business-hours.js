// A department's weekly business hours as a form: a time zone and, per weekday, whether it is open and
// from when to when. Holidays and split shifts made through the API are kept as they are (the form shows
// how many) so saving from here never drops them. `value` is the definition Switchboard's
// livechat/department/:_id/business-hours accepts, or null when no day is open.
import { esc } from './ui.js';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const label = (day) => day[0].toUpperCase() + day.slice(1);

class BusinessHoursEditor extends HTMLElement {
  connectedCallback() {
    if (this.rendered) return;
    this.rendered = true;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    this.innerHTML = `<fieldset class="hours">
      <legend>Business hours</legend>
      <label>Time zone <input name="timeZone" data-testid="hours-zone" list="sb-zones" value="${esc(zone)}" autocomplete="off"></label>
      <datalist id="sb-zones">${zones.map((z) => `<option value="${esc(z)}">`).join('')}</datalist>
      <div class="days">${DAYS.map((d) => `
        <div class="day" data-day="${d}">
          <label class="check"><input type="checkbox" data-testid="hours-open-${d}"> ${label(d)}</label>
          <label>Opens <input type="time" data-testid="hours-start-${d}" value="09:00"></label>
          <label>Closes <input type="time" data-testid="hours-end-${d}" value="17:00"></label>
        </div>`).join('')}</div>
      <p class="muted" data-testid="hours-kept"></p>
    </fieldset>`;
    this.querySelectorAll('.day input[type=checkbox]').forEach((box) => box.addEventListener('change', () => this.sync()));
    this.sync();
  }

  /** Shows a definition (or none: every day closed). Call after the element is connected. */
  set value(definition) {
    this.kept = { holidays: definition?.holidays || [], extra: [], workingDayMessage: definition?.workingDayMessage };
    if (definition?.timeZone) this.querySelector('[name=timeZone]').value = definition.timeZone;
    const seen = new Set();
    for (const d of DAYS) this.querySelector(`[data-testid="hours-open-${d}"]`).checked = false;
    for (const w of definition?.workingDays || []) {
      if (seen.has(w.day)) { this.kept.extra.push(w); continue; }
      seen.add(w.day);
      this.querySelector(`[data-testid="hours-open-${w.day}"]`).checked = true;
      this.querySelector(`[data-testid="hours-start-${w.day}"]`).value = pad(w.start);
      this.querySelector(`[data-testid="hours-end-${w.day}"]`).value = w.end === '24:00' ? '23:59' : pad(w.end);
    }
    const kept = [];
    if (this.kept.extra.length) kept.push(`${this.kept.extra.length} more window(s) on split-shift days`);
    if (this.kept.holidays.length) kept.push(`${this.kept.holidays.length} holiday(s)`);
    this.querySelector('[data-testid="hours-kept"]').textContent = kept.length ? `Also kept: ${kept.join(', ')}.` : '';
    this.sync();
  }

  get value() {
    const workingDays = DAYS.filter((d) => this.querySelector(`[data-testid="hours-open-${d}"]`).checked).map((d) => ({
      day: d,
      start: this.querySelector(`[data-testid="hours-start-${d}"]`).value,
      end: this.querySelector(`[data-testid="hours-end-${d}"]`).value,
    }));
    const extra = (this.kept?.extra || []).filter((w) => workingDays.some((d) => d.day === w.day));
    if (!workingDays.length) return null;
    const definition = { timeZone: this.querySelector('[name=timeZone]').value.trim(), workingDays: [...workingDays, ...extra],
      holidays: this.kept?.holidays || [] };
    if (this.kept?.workingDayMessage) definition.workingDayMessage = this.kept.workingDayMessage;
    return definition;
  }

  /** A closed day's times are not editable, which also keeps them out of the keyboard's way. */
  sync() {
    for (const d of DAYS) {
      const open = this.querySelector(`[data-testid="hours-open-${d}"]`).checked;
      this.querySelectorAll(`[data-day="${d}"] input[type=time]`).forEach((i) => { i.disabled = !open; });
    }
  }
}

/** "8:00" → "08:00", as <input type=time> wants. */
function pad(time) {
  return /^\d:/.test(time) ? '0' + time : time;
}

customElements.define('sb-business-hours', BusinessHoursEditor);
