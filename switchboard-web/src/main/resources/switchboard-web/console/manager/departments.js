// Departments: the list, and one department at a time in an editor — its settings, its agents and its
// business hours (Switchboard's livechat/department/:_id/business-hours). Saving writes the department
// first, then its hours, so a new department gets its hours in the same click.
import { act, esc, frame, say } from './ui.js';
import './business-hours.js';

class ManagerDepartments extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<section class="manager" aria-labelledby="departments-title">
      ${frame('departments-title', 'Departments', 'Chats can be routed to a department’s agents, within its business hours.')}
      <label class="check card"><input type="checkbox" data-testid="hours-enforced"> Close departments outside their business hours</label>
      <div class="split">
        <div>
          <button type="button" data-testid="new-department">New department</button>
          <ul class="list" data-testid="departments-list" aria-label="Departments"></ul>
        </div>
        <form class="card editor" data-testid="department-form" hidden aria-labelledby="department-editor-title">
          <h2 id="department-editor-title"></h2>
          <label>Name <input name="name" data-testid="department-name" required maxlength="128"></label>
          <label>Description <input name="description" data-testid="department-description"></label>
          <label>E-mail for offline messages <input name="email" type="email" data-testid="department-email"></label>
          <label>Most simultaneous chats per agent (0: no limit)
            <input name="max" type="number" min="0" step="1" value="0" data-testid="department-max-chats"></label>
          <label class="check"><input name="enabled" type="checkbox" checked data-testid="department-enabled"> Enabled</label>
          <fieldset><legend>Agents</legend><div class="agents" data-testid="department-agents"></div></fieldset>
          <sb-business-hours></sb-business-hours>
          <div class="actions"><button type="submit" data-testid="save-department">Save department</button></div>
        </form>
      </div>
    </section>`;
    this.form = this.querySelector('form');
    this.hours = this.querySelector('sb-business-hours');
    this.querySelector('[data-testid="new-department"]').addEventListener('click', () => act(this, null, () => this.edit(null)));
    this.querySelector('[data-testid="departments-list"]').addEventListener('click', (e) => {
      const button = e.target.closest('button[data-id]');
      if (button) act(this, button, () => this.edit(button.dataset.id));
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      act(this, this.form.querySelector('[type=submit]'), () => this.save());
    });
    const enforced = this.querySelector('[data-testid="hours-enforced"]');
    enforced.addEventListener('change', () => act(this, null, async () => {
      await this.api.rc('POST', 'settings/Livechat_enable_business_hours', { value: enforced.checked });
      say(this, enforced.checked ? 'Departments now close outside their business hours.' : 'Business hours are no longer enforced.');
    }));
    act(this, null, () => this.load());
    // A privileged setting: managers without that permission see it, switched off, but cannot change it.
    this.api.rc('GET', 'settings/Livechat_enable_business_hours')
      .then((r) => { enforced.checked = r.value === true; })
      .catch(() => { enforced.disabled = true; });
  }

  async load() {
    const { departments } = await this.api.rc('GET', 'livechat/department?count=0');
    this.querySelector('[data-testid="departments-list"]').innerHTML = departments.map((d) => `
      <li><button type="button" class="quiet" data-id="${esc(d._id)}" data-testid="department-item">${esc(d.name)}</button>
        ${d.enabled ? '' : '<span class="muted">(disabled)</span>'}</li>`).join('') || '<li class="muted">No departments yet.</li>';
    this.dataset.ready = 'true';
  }

  /** Opens the editor on a department (null: a new one). */
  async edit(id) {
    const [{ users }, current, hours] = await Promise.all([
      this.api.rc('GET', 'livechat/users/agent?count=0'),
      id ? this.api.rc('GET', `livechat/department/${encodeURIComponent(id)}`) : null,
      id ? this.api.rc('GET', `livechat/department/${encodeURIComponent(id)}/business-hours`) : null,
    ]);
    const d = current?.department || {};
    const members = new Set((current?.agents || []).map((a) => a.agentId));
    this.editing = id;
    this.form.hidden = false;
    this.querySelector('#department-editor-title').textContent = id ? `Edit ${d.name}` : 'New department';
    this.form.name.value = d.name || '';
    this.form.description.value = d.description || '';
    this.form.email.value = d.email || '';
    this.form.max.value = d.maxNumberSimultaneousChat || 0;
    this.form.enabled.checked = d.enabled !== false;
    this.querySelector('[data-testid="department-agents"]').innerHTML = users.map((u) => `
      <label class="check"><input type="checkbox" value="${esc(u._id)}" data-username="${esc(u.username)}"
        ${members.has(u._id) ? 'checked' : ''}> ${esc(u.name || u.username)} (${esc(u.username)})</label>`).join('')
      || '<p class="muted">Add agents first.</p>';
    this.hours.value = hours?.businessHours || null;
    this.hadHours = Boolean(hours?.businessHours);
    this.form.name.focus();
  }

  async save() {
    const f = this.form;
    const department = { name: f.name.value.trim(), description: f.description.value, enabled: f.enabled.checked,
      maxNumberSimultaneousChat: Number(f.max.value || 0) };
    if (f.email.value.trim()) department.email = f.email.value.trim();
    const departmentAgents = [...this.querySelectorAll('[data-testid="department-agents"] input:checked')]
      .map((i) => ({ agentId: i.value, username: i.dataset.username }));
    const saved = this.editing
      ? await this.api.rc('PUT', `livechat/department/${encodeURIComponent(this.editing)}`, { department, departmentAgents })
      : await this.api.rc('POST', 'livechat/department', { department, departmentAgents });
    this.editing = saved.department._id;
    const path = `livechat/department/${encodeURIComponent(this.editing)}/business-hours`;
    const hours = this.hours.value;
    if (hours) await this.api.rc('POST', path, hours);
    else if (this.hadHours) await this.api.rc('DELETE', path);
    this.hadHours = Boolean(hours);
    this.querySelector('#department-editor-title').textContent = `Edit ${saved.department.name}`;
    await this.load();
    say(this, `Saved ${saved.department.name}${hours ? ' and its business hours' : ''}.`);
  }
}
customElements.define('sb-manager-departments', ManagerDepartments);
