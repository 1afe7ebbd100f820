// Agents: who may serve chats (Rocket.Chat's livechat/users/agent), their presence and whether they
// accept chats; add a user as agent, remove one.
import { act, esc, frame, say } from './ui.js';

class ManagerAgents extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<section class="manager" aria-labelledby="agents-title">
      ${frame('agents-title', 'Agents', 'Users who serve chats. A new agent accepts chats as soon as they are online.')}
      <form class="inline-form card" data-testid="add-agent-form">
        <label>Username of an existing user <input name="username" data-testid="agent-username" autocomplete="off" required></label>
        <button type="submit" data-testid="add-agent">Add agent</button>
      </form>
      <div class="table-wrap"><table data-testid="agents-table">
        <caption class="visually-hidden">Agents</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Username</th><th scope="col">Presence</th>
          <th scope="col">Accepting chats</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody></tbody>
      </table></div>
    </section>`;
    const form = this.querySelector('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const username = form.username.value.trim();
      act(this, form.querySelector('button'), async () => {
        await this.api.rc('POST', 'livechat/users/agent', { username });
        form.reset();
        await this.load();
        say(this, `${username} is now an agent.`);
      });
    });
    this.querySelector('tbody').addEventListener('click', (e) => {
      const button = e.target.closest('[data-testid="remove-agent"]');
      if (!button) return;
      const { id, username } = button.dataset;
      act(this, button, async () => {
        await this.api.rc('DELETE', `livechat/users/agent/${encodeURIComponent(id)}`);
        await this.load();
        say(this, `${username} is no longer an agent.`);
      });
    });
    act(this, null, () => this.load());
  }

  async load() {
    const { users } = await this.api.rc('GET', 'livechat/users/agent?count=0');
    const body = this.querySelector('tbody');
    body.innerHTML = users.length ? users.map((u) => `
      <tr data-testid="agent-row" data-username="${esc(u.username)}">
        <td>${esc(u.name || u.username)}</td><td>${esc(u.username)}</td>
        <td><span class="dot ${esc(u.status || 'offline')}" aria-hidden="true"></span>${esc(u.status || 'offline')}</td>
        <td data-testid="agent-livechat-status">${u.statusLivechat === 'available' ? 'Yes' : 'No'}</td>
        <td><button type="button" class="danger small" data-testid="remove-agent" data-id="${esc(u._id)}"
          data-username="${esc(u.username)}" aria-label="Remove agent ${esc(u.username)}">Remove</button></td>
      </tr>`).join('') : '<tr><td colspan="5" class="muted">No agents yet.</td></tr>';
    this.dataset.ready = 'true';
  }
}
customElements.define('sb-manager-agents', ManagerAgents);
