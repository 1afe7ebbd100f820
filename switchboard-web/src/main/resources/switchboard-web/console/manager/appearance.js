// The visitor widget's appearance (Rocket.Chat's livechat/appearance) with a live preview of its header,
// and the one line a site adds to embed the widget, optionally bound to a department.
import { act, esc, frame, say } from './ui.js';

const TEXTS = [
  ['Livechat_title', 'Title'],
  ['Livechat_offline_title', 'Title while offline'],
  ['Livechat_offline_message', 'Offline form message'],
  ['Livechat_offline_success_message', 'Message after an offline message is sent'],
  ['Livechat_registration_form_message', 'Message above the pre-chat form'],
  ['Livechat_conversation_finished_message', 'Message when a chat ends'],
];
const COLOURS = [['Livechat_title_color', 'Title bar colour'], ['Livechat_offline_title_color', 'Offline title bar colour']];
const SWITCHES = [
  ['Livechat_registration_form', 'Ask for name and e-mail before the chat'],
  ['Livechat_display_offline_form', 'Offer the offline form when nobody is online'],
  ['Livechat_show_agent_info', 'Show the agent’s name'],
];
const field = (id) => `sb-appearance-${id}`;

class ManagerAppearance extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<section class="manager" aria-labelledby="appearance-title">
      ${frame('appearance-title', 'Widget')}
      <div class="split">
        <form class="card editor" data-testid="appearance-form">
          ${TEXTS.map(([id, text]) => `<label>${text} <input id="${field(id)}" name="${id}" data-testid="${id}"></label>`).join('')}
          <div class="row">${COLOURS.map(([id, text]) =>
            `<label>${text} <input id="${field(id)}" type="color" name="${id}" data-testid="${id}"></label>`).join('')}</div>
          ${SWITCHES.map(([id, text]) => `<label class="check"><input type="checkbox" name="${id}" data-testid="${id}"> ${text}</label>`).join('')}
          <div class="actions"><button type="submit" data-testid="save-appearance">Save appearance</button></div>
        </form>
        <div>
          <figure class="preview card" aria-label="Widget preview">
            <div class="preview-bar" data-testid="preview-bar"><span data-testid="preview-title"></span></div>
            <div class="preview-body muted">Hi! How can we help?</div>
            <figcaption class="muted">Preview</figcaption>
          </figure>
          <div class="card embed">
            <h2>Embed the widget</h2>
            <label>Department <select data-testid="embed-department"><option value="">Any</option></select></label>
            <pre><code data-testid="embed-snippet"></code></pre>
            <button type="button" data-testid="copy-snippet">Copy snippet</button>
          </div>
        </div>
      </div>
    </section>`;
    const form = this.querySelector('form');
    form.addEventListener('input', () => this.preview(form));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act(this, form.querySelector('[type=submit]'), () => this.save(form));
    });
    const department = this.querySelector('[data-testid="embed-department"]');
    department.addEventListener('change', () => this.snippet(department.value));
    this.querySelector('[data-testid="copy-snippet"]').addEventListener('click', () => this.copy());
    this.snippet('');
    act(this, null, async () => {
      const [{ appearance }, { departments }] = await Promise.all([
        this.api.rc('GET', 'livechat/appearance'), this.api.rc('GET', 'livechat/department?count=0')]);
      this.saved = Object.fromEntries(appearance.map((s) => [s._id, s.value]));
      for (const el of form.elements) {
        if (!el.name || !(el.name in this.saved)) continue;
        if (el.type === 'checkbox') el.checked = this.saved[el.name] === true;
        else el.value = this.saved[el.name] ?? '';
      }
      department.insertAdjacentHTML('beforeend', departments.map((d) => `<option value="${esc(d._id)}">${esc(d.name)}</option>`).join(''));
      this.preview(form);
      this.dataset.ready = 'true';
    });
  }

  preview(form) {
    const bar = this.querySelector('[data-testid="preview-bar"]');
    bar.style.background = form.Livechat_title_color.value;
    bar.style.color = contrastText(form.Livechat_title_color.value);
    this.querySelector('[data-testid="preview-title"]').textContent = form.Livechat_title.value;
  }

  /** Posts only the settings that changed, as one list: upstream skips unchanged items anyway. */
  async save(form) {
    const items = [];
    for (const el of form.elements) {
      if (!el.name) continue;
      const value = el.type === 'checkbox' ? el.checked : el.value;
      if (value !== this.saved[el.name]) items.push({ _id: el.name, value });
    }
    if (!items.length) { say(this, 'Nothing to save.'); return; }
    await this.api.rc('POST', 'livechat/appearance', items);
    items.forEach((i) => { this.saved[i._id] = i.value; });
    say(this, 'Appearance saved; visitors see it the next time the widget loads.');
  }

  /** The embed line; it is shown as text, so the department id needs no escaping here. */
  snippet(departmentId) {
    const department = departmentId ? ` data-department="${departmentId}"` : '';
    this.querySelector('[data-testid="embed-snippet"]').textContent =
      `<script async src="${location.origin}/widget.js"${department}></script>`;
  }

  async copy() {
    const code = this.querySelector('[data-testid="embed-snippet"]');
    try {
      await navigator.clipboard.writeText(code.textContent);
    } catch {
      // Without clipboard access (plain http, denied permission) select the text so Ctrl+C copies it.
      getSelection().selectAllChildren(code);
      document.execCommand?.('copy');
    }
    say(this, 'Snippet copied.');
  }
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
function contrastText(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex || '');
  if (!m) return '#fff';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 ? '#000' : '#fff';
}

customElements.define('sb-manager-appearance', ManagerAppearance);
