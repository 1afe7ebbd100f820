// The agent's desk: availability, the live queue, my chats, the open conversation and the visitor's
// details, all on the LiveChat v3.6 Web API (actions) and RTM (pushes). The desk holds the chats'
// state; its parts render from it and call back into it.
import { RtmClient } from './rtm.js';
import { ChatState } from './chats.js';
import { applyPush } from './pushes.js';
import { Notifier } from './notify.js';
import './availability.js';
import './queue-list.js';
import './my-chats.js';
import './conversation.js';
import './visitor-details.js';

const CSS_HREF = '/console/agent/agent.css';

class AgentDesk extends HTMLElement {
  connectedCallback() {
    ensureStylesheet();
    this.me = this.api.session.userId;
    this.chats = new Map();
    this.openId = null;
    this.notifier = new Notifier();
    // Files in chats are downloaded with the agent's Rocket.Chat credentials; an <img> cannot send
    // headers, so they go as the cookies Rocket.Chat's file route reads.
    for (const [name, value] of [['rc_uid', this.me], ['rc_token', this.api.session.authToken]]) {
      document.cookie = `${name}=${encodeURIComponent(value)}; path=/; SameSite=Strict`;
    }
    this.innerHTML = `
      <div class="desk" data-pane="lists">
        <div class="desk-bar">
          <sb-availability></sb-availability>
          <span class="connection muted" data-testid="connection" role="status">Connecting…</span>
        </div>
        <nav class="desk-lists" aria-label="Chats">
          <sb-queue-list></sb-queue-list>
          <sb-my-chats></sb-my-chats>
        </nav>
        <sb-conversation class="desk-conversation"></sb-conversation>
        <sb-visitor-details class="desk-visitor"></sb-visitor-details>
        <div class="visually-hidden" aria-live="polite" data-testid="announcer"></div>
      </div>`;
    this.parts = ['sb-availability', 'sb-queue-list', 'sb-my-chats', 'sb-conversation', 'sb-visitor-details']
      .map((tag) => this.querySelector(tag));
    this.parts.forEach((p) => { p.desk = this; });
    this.availability = this.parts[0];
    this.conversation = this.parts[3];
    this.visitor = this.parts[4];
    this.connect();
    this.ticker = setInterval(() => this.querySelector('sb-queue-list').tick(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this.ticker);
    this.rtm?.stop();
  }

  connect() {
    this.rtm = new RtmClient(this.api.session.authToken);
    this.rtm.addEventListener('state', (e) => this.showConnection(e.detail));
    this.rtm.addEventListener('login', (e) => this.loggedIn(e.detail));
    this.rtm.addEventListener('resync', () => this.relist());
    this.rtm.addEventListener('push', (e) => applyPush(this, e.detail.action, e.detail.payload));
    this.rtm.addEventListener('ended', (e) => this.showConnection('ended', e.detail));
    this.rtm.start();
  }

  loggedIn(response) {
    this.availability.show(response.my_profile?.routing_status);
    for (const summary of response.chats_summary || []) this.chat(summary.id).apply(summary, this.me);
    this.changed();
    this.loadMine();
  }

  /** After a reconnect: what the server holds now, then the full threads of my chats. */
  async relist() {
    try {
      const listed = await this.api.liveChat('list_chats', { filters: { active: true }, limit: 100 });
      const present = new Set();
      for (const summary of listed.chats_summary) {
        present.add(summary.id);
        this.chat(summary.id).apply(summary, this.me);
      }
      for (const chat of this.chats.values()) if (!present.has(chat.id) && chat.id !== this.openId) chat.active = false;
      this.changed();
      await this.loadMine(true);
    } catch (err) {
      this.announce('Could not reload chats: ' + err.message);
    }
  }

  /** Unread counts need every event of a thread: load the threads of my chats. */
  async loadMine(again = false) {
    const mine = [...this.chats.values()].filter((c) => c.isMine(this.me) && (again || !c.loaded));
    await Promise.all(mine.map((c) => this.refresh(c.id)));
  }

  chat(id) {
    if (!this.chats.has(id)) this.chats.set(id, new ChatState(id));
    return this.chats.get(id);
  }

  /** Reloads one chat with `get_chat`; a chat I may no longer see leaves the desk. */
  async refresh(chatId) {
    try {
      const chat = await this.api.liveChat('get_chat', { chat_id: chatId });
      this.chat(chatId).apply(chat, this.me);
    } catch (err) {
      if (err.status === 403 || err.status === 404) this.chats.delete(chatId);
    }
    this.changed(chatId);
  }

  /** Something changed (in one chat, or anywhere): every part re-renders what it shows. */
  changed(chatId) {
    this.parts.forEach((p) => p.update?.(chatId));
  }

  get openChat() { return this.openId ? this.chats.get(this.openId) : null; }

  /** Opens a chat in the conversation pane (on a phone, the pane replaces the lists). */
  async open(chatId, { focus = true } = {}) {
    this.openId = chatId;
    this.querySelector('.desk').dataset.pane = 'conversation';
    const chat = this.chats.get(chatId);
    this.changed();
    if (chat && !chat.loaded) await this.refresh(chatId);
    this.conversation.opened(focus);
    this.visitor.load(this.chats.get(chatId));
    this.markSeen(this.chats.get(chatId));
  }

  /** Back to the lists (phones); focus returns to the chat's row. */
  backToLists() {
    const id = this.openId;
    this.querySelector('.desk').dataset.pane = 'lists';
    this.querySelector(`[data-chat-row="${CSS.escape(id || '')}"] button`)?.focus();
  }

  /** `mark_events_as_seen` up to the newest event, when the open chat has unread events. */
  async markSeen(chat) {
    if (!chat || !chat.isMine(this.me) || chat.unread(this.me) === 0 || document.hidden) return;
    const last = chat.lastEvent;
    chat.seenUpTo = last.created_at;
    this.changed(chat.id);
    try {
      await this.api.liveChat('mark_events_as_seen', { chat_id: chat.id, seen_up_to: last.created_at });
    } catch {
      // The count is shown as read here already; the next reload corrects it if the server disagrees.
    }
  }

  /** Takes a queued chat: LiveChat's way is a transfer to oneself (§4.10). */
  async take(chatId) {
    try {
      await this.api.liveChat('transfer_chat', {
        id: chatId, target: { type: 'agent', ids: [this.me] }, ignore_requester_presence: true,
      });
      await this.refresh(chatId);
      await this.open(chatId);
    } catch (err) {
      this.announce('Could not take the chat: ' + err.message, true);
      await this.refresh(chatId);
    }
  }

  /** Polite announcement for screen readers; `problem` also shows it in the bar. */
  announce(text, problem = false) {
    const region = this.querySelector('[data-testid="announcer"]');
    region.textContent = text;
    if (problem) {
      const bar = this.querySelector('.connection');
      bar.textContent = text;
      bar.classList.add('problem');
    }
  }

  showConnection(state, reason) {
    const bar = this.querySelector('.connection');
    bar.classList.toggle('problem', state !== 'online');
    bar.dataset.state = state;
    bar.textContent = { connecting: 'Connecting…', online: 'Connected', offline: 'Reconnecting…' }[state]
      || `Disconnected (${reason}). Sign in again to continue.`;
  }
}

function ensureStylesheet() {
  if (document.querySelector(`link[href="${CSS_HREF}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = CSS_HREF;
  document.head.append(link);
}

customElements.define('sb-agent-desk', AgentDesk);
