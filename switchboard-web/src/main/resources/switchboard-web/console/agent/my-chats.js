// My chats: the active chats I serve, newest activity first, each with its unread count (events by
// others after my `events_seen_up_to`) and the last thing said. Enter or a click opens one.
import { escapeHtml } from '../app.js';

class MyChats extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <section class="list-section" aria-labelledby="sb-mine-title">
        <h2 id="sb-mine-title">My chats <span class="count" data-testid="my-chats-count">0</span></h2>
        <ul class="chat-list" data-testid="my-chats"></ul>
        <p class="muted empty">No open chats.</p>
      </section>`;
    this.list = this.querySelector('ul');
    this.list.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-open]');
      if (button) this.desk.open(button.dataset.open);
    });
  }

  update() {
    const desk = this.desk;
    const mine = [...desk.chats.values()].filter((c) => c.isMine(desk.me) || (c.id === desk.openId && c.agents.some((a) => a.id === desk.me)))
      .sort((a, b) => ((b.lastEvent?.created_at || b.createdAt || '') > (a.lastEvent?.created_at || a.createdAt || '') ? 1 : -1));
    this.querySelector('.count').textContent = String(mine.length);
    this.querySelector('.empty').hidden = mine.length > 0;
    const focused = document.activeElement?.dataset?.open;
    this.list.innerHTML = mine.map((c) => {
      const unread = c.unread(desk.me);
      const last = c.timeline.filter((e) => e.type !== 'system_message').pop();
      const preview = last ? (last.type === 'file' ? 'File: ' + (last.name || 'file') : last.text || '') : '';
      return `
      <li class="chat-row${c.id === desk.openId ? ' open' : ''}${c.active ? '' : ' closed'}" data-chat-row="${escapeHtml(c.id)}" data-testid="my-chat">
        <button type="button" class="open-chat" data-open="${escapeHtml(c.id)}" ${c.id === desk.openId ? 'aria-current="true"' : ''}
                aria-label="${escapeHtml(c.name)}${unread ? `, ${unread} unread` : ''}${c.active ? '' : ', closed'}">
          <span class="who">${escapeHtml(c.name)}</span>
          <span class="preview muted">${escapeHtml(preview.slice(0, 80))}</span>
          <span class="unread" data-testid="unread" ${unread ? '' : 'hidden'}>${unread}</span>
        </button>
      </li>`;
    }).join('');
    if (focused) this.list.querySelector(`[data-open="${CSS.escape(focused)}"]`)?.focus();
  }
}

customElements.define('sb-my-chats', MyChats);
