// Transfer a chat (`transfer_chat`, §4.10) to another agent (from `list_agents_for_transfer`, named with
// Rocket.Chat's `users.info`: v3.6 agents have ids, not names) or to a department (Rocket.Chat's
// department list, as v3.6 has no group listing). Esc or Cancel closes it and returns focus.
import { escapeHtml } from '../app.js';

class TransferDialog extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <dialog class="card dialog" aria-labelledby="sb-transfer-title" data-testid="transfer-dialog">
        <form method="dialog">
          <h2 id="sb-transfer-title">Transfer the chat</h2>
          <fieldset><legend>To an agent</legend><ul class="choices" data-testid="transfer-agents"></ul></fieldset>
          <fieldset><legend>To a department</legend><ul class="choices" data-testid="transfer-departments"></ul></fieldset>
          <p class="problem" role="alert"></p>
          <div class="dialog-actions"><button value="cancel" class="quiet" data-testid="transfer-cancel">Cancel</button></div>
        </form>
      </dialog>`;
    this.dialog = this.querySelector('dialog');
    this.dialog.addEventListener('close', () => { if (this.returnTo?.isConnected) this.returnTo.focus(); });
    this.dialog.addEventListener('click', (e) => {
      const choice = e.target.closest('button[data-target-type]');
      if (choice) {
        e.preventDefault();
        this.transfer(choice.dataset.targetType, choice.dataset.targetId, choice.textContent.trim());
      }
    });
  }

  async show(chat, returnTo) {
    this.chat = chat;
    this.returnTo = returnTo;
    this.querySelector('.problem').textContent = '';
    const agents = this.querySelector('[data-testid="transfer-agents"]');
    const departments = this.querySelector('[data-testid="transfer-departments"]');
    agents.innerHTML = departments.innerHTML = '<li class="muted">Loading…</li>';
    this.dialog.showModal();
    const api = this.desk.api;
    const [agentList, departmentList] = await Promise.all([
      api.liveChat('list_agents_for_transfer', { chat_id: chat.id }).catch(() => []),
      api.rc('GET', 'livechat/department?count=100').then((r) => r.departments || []).catch(() => []),
    ]);
    const named = await Promise.all(agentList.map(async (a) => {
      const info = await api.rc('GET', 'users.info?userId=' + encodeURIComponent(a.agent_id)).catch(() => null);
      return { id: a.agent_id, name: info?.user?.name || info?.user?.username || a.agent_id, chats: a.total_active_chats };
    }));
    agents.innerHTML = named.length ? named.map((a) => `
      <li><button type="button" class="quiet choice" data-target-type="agent" data-target-id="${escapeHtml(a.id)}"
          data-testid="transfer-agent">${escapeHtml(a.name)}</button> <span class="muted">${a.chats} open</span></li>`).join('')
      : '<li class="muted">No other agent is available.</li>';
    const enabled = departmentList.filter((d) => d.enabled !== false);
    departments.innerHTML = enabled.length ? enabled.map((d) => `
      <li><button type="button" class="quiet choice" data-target-type="department" data-target-id="${escapeHtml(d._id)}"
          data-testid="transfer-department">${escapeHtml(d.name)}</button></li>`).join('')
      : '<li class="muted">No departments.</li>';
    this.querySelector('.choice')?.focus();
  }

  async transfer(type, id, label) {
    const desk = this.desk;
    try {
      if (type === 'agent') {
        await desk.api.liveChat('transfer_chat', { id: this.chat.id, target: { type: 'agent', ids: [id] } });
      } else {
        await desk.api.rc('POST', 'livechat/room.forward', { roomId: this.chat.threadId, departmentId: id });
      }
      this.dialog.close();
      desk.announce(`Transferred to ${label}`);
      desk.openId = null;
      await desk.refresh(this.chat.id);
      desk.conversation.closedChat();
    } catch (err) {
      this.querySelector('.problem').textContent = err.message;
    }
  }
}

customElements.define('sb-transfer-dialog', TransferDialog);
