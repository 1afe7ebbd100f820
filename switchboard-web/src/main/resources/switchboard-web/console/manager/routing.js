// Routing and capacity: how a new chat finds its agent (Livechat_Routing_Method) and how many chats an
// agent carries at once, read and written through Rocket.Chat's settings/:_id. A change applies to the
// next chat at once; the server re-routes the waiting queue when a setting changes.
import { act, esc, frame, say } from './ui.js';

const METHODS = [
  ['Auto_Selection', 'Automatic: the online agent with the fewest open chats'],
  ['Load_Balancing', 'Load balancing: fewest open chats, ties to who waited longest'],
  ['Load_Rotation', 'Rotation: round robin over online agents'],
  ['Manual_Selection', 'Manual: chats wait in the queue until an agent takes one'],
];
const SETTINGS = ['Livechat_Routing_Method', 'Livechat_maximum_chats_per_agent', 'Livechat_accept_chats_with_no_agents',
  'Livechat_auto_transfer_chat_timeout'];

class ManagerRouting extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<section class="manager" aria-labelledby="routing-title">
      ${frame('routing-title', 'Routing and capacity')}
      <form class="card editor" data-testid="routing-form">
        <label>Routing method
          <select name="method" data-testid="routing-method">${METHODS.map(([v, text]) =>
            `<option value="${v}">${esc(text)}</option>`).join('')}</select></label>
        <label>Most simultaneous chats per agent (0: no limit)
          <input name="capacity" type="number" min="0" step="1" data-testid="capacity"></label>
        <label>Seconds an agent has to answer before the chat moves on (0: never)
          <input name="timeout" type="number" min="0" step="1" data-testid="auto-transfer"></label>
        <label class="check"><input name="noAgents" type="checkbox" data-testid="accept-without-agents">
          Accept chats while no agent is online (they wait in the queue)</label>
        <div class="actions"><button type="submit" data-testid="save-routing">Save routing</button></div>
      </form>
    </section>`;
    const form = this.querySelector('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act(this, form.querySelector('[type=submit]'), () => this.save(form));
    });
    act(this, null, () => this.load(form)).then(() => { this.dataset.ready = 'true'; });
  }

  /** Settings are privileged in Rocket.Chat's model: a manager without that permission sees why the form is off. */
  async load(form) {
    let values;
    try {
      values = await Promise.all(SETTINGS.map((id) => this.api.rc('GET', `settings/${id}`).then((r) => r.value)));
    } catch (err) {
      if (err.status !== 403) throw err;
      [...form.elements].forEach((el) => { el.disabled = true; });
      say(this, 'Changing routing needs an administrator (permission view-privileged-setting).', true);
      return;
    }
    [form.method.value, form.capacity.value, form.noAgents.checked, form.timeout.value] =
      [values[0], values[1] ?? 0, values[2] === true, values[3] ?? 0];
    this.saved = values;
  }

  /** Writes only what changed, so one setting's refusal does not undo or repeat the others. */
  async save(form) {
    const wanted = [form.method.value, Number(form.capacity.value || 0), form.noAgents.checked, Number(form.timeout.value || 0)];
    const changed = SETTINGS.filter((id, i) => wanted[i] !== this.saved[i]);
    for (const id of changed) {
      const i = SETTINGS.indexOf(id);
      await this.api.rc('POST', `settings/${id}`, { value: wanted[i] });
      this.saved[i] = wanted[i];
    }
    say(this, changed.length ? 'Routing saved; it applies to the next chat.' : 'Nothing to save.');
  }
}
customElements.define('sb-manager-routing', ManagerRouting);
