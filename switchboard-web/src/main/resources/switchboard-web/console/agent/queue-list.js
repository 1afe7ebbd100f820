// The live queue: chats waiting for an agent (threads with `queue`, §3.5), oldest first, each with its
// waiting time ticking and a Take button.
import { escapeHtml } from '../app.js';
import { duration } from './chats.js';

class QueueList extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <section class="list-section" aria-labelledby="sb-queue-title">
        <h2 id="sb-queue-title">Queue <span class="count" data-testid="queue-count">0</span></h2>
        <ul class="chat-list" data-testid="queue"></ul>
        <p class="muted empty">Nobody is waiting.</p>
      </section>`;
    this.list = this.querySelector('ul');
    this.list.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-take]');
      if (button) {
        button.disabled = true;
        this.desk.take(button.dataset.take);
      }
    });
  }

  update() {
    const queued = [...this.desk.chats.values()].filter((c) => c.isQueued)
      .sort((a, b) => b.waitingSeconds() - a.waitingSeconds());
    this.querySelector('.count').textContent = String(queued.length);
    this.querySelector('.empty').hidden = queued.length > 0;
    const focused = document.activeElement?.dataset?.take;
    this.list.innerHTML = queued.map((c) => `
      <li class="chat-row" data-chat-row="${escapeHtml(c.id)}" data-testid="queue-row">
        <span class="who">${escapeHtml(c.name)}</span>
        ${c.queue?.position ? `<span class="position muted" title="Position in the queue">#${c.queue.position}</span>` : ''}
        <span class="wait muted" data-testid="wait" data-chat="${escapeHtml(c.id)}"
              aria-label="waiting ${escapeHtml(duration(c.waitingSeconds()))}">${duration(c.waitingSeconds())}</span>
        <button type="button" data-take="${escapeHtml(c.id)}" data-testid="take"
                aria-label="Take the chat with ${escapeHtml(c.name)}">Take</button>
      </li>`).join('');
    if (focused) (this.list.querySelector(`[data-take="${CSS.escape(focused)}"]`) || this.list.querySelector('button'))?.focus();
  }

  /** Once a second: the waiting times move on. */
  tick() {
    for (const span of this.list.querySelectorAll('[data-testid="wait"]')) {
      const chat = this.desk.chats.get(span.dataset.chat);
      if (!chat) continue;
      const text = duration(chat.waitingSeconds());
      span.textContent = text;
      span.setAttribute('aria-label', 'waiting ' + text);
    }
  }
}

customElements.define('sb-queue-list', QueueList);
