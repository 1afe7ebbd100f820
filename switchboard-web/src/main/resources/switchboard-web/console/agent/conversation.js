// The open conversation: its events live (messages, files, system messages), the visitor's typing, the
// composer, and the chat's actions: tags (`tag_thread`/`untag_thread`), transfer and close.
import { escapeHtml } from '../app.js';
import { eventHtml } from './events.js';
import './composer.js';
import './transfer-dialog.js';
import './close-dialog.js';

const TYPING_TIMEOUT_MS = 6_000;

class Conversation extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `<p class="muted placeholder">Take a chat from the queue or pick one of yours.</p>`;
    this.typingTimers = new Map();
    this.typers = new Map();
  }

  update(chatId) {
    const chat = this.desk.openChat;
    if (!chat) return;
    if (chatId && chatId !== chat.id) return;
    if (this.shownId !== chat.id) this.build(chat);
    this.renderHeader(chat);
    this.renderEvents(chat);
  }

  build(chat) {
    this.shownId = chat.id;
    this.shownLines = null;
    this.innerHTML = `
      <section class="conversation" aria-labelledby="sb-conversation-title" data-testid="conversation">
        <header class="conversation-head">
          <button type="button" class="quiet back" data-testid="back" aria-label="Back to the chat lists">←</button>
          <h2 id="sb-conversation-title" data-testid="conversation-title"></h2>
          <span class="state muted" data-testid="chat-state"></span>
          <div class="actions">
            <button type="button" class="quiet" data-testid="transfer">Transfer</button>
            <button type="button" class="danger" data-testid="close-chat">Close</button>
          </div>
        </header>
        <div class="tags" data-testid="tags">
          <ul class="tag-list" aria-label="Tags"></ul>
          <form class="tag-form">
            <label class="visually-hidden" for="sb-tag-input">Add a tag</label>
            <input id="sb-tag-input" data-testid="tag-input" placeholder="Add a tag" maxlength="256" autocomplete="off">
            <button type="submit" class="quiet" data-testid="add-tag">Add</button>
          </form>
        </div>
        <ol class="events" role="log" aria-live="polite" aria-label="Messages" data-testid="events" tabindex="0"></ol>
        <p class="typing muted" data-testid="typing" aria-live="polite"></p>
        <sb-composer></sb-composer>
        <sb-transfer-dialog></sb-transfer-dialog>
        <sb-close-dialog></sb-close-dialog>
      </section>`;
    for (const tag of ['sb-composer', 'sb-transfer-dialog', 'sb-close-dialog']) this.querySelector(tag).desk = this.desk;
    this.composer = this.querySelector('sb-composer');
    this.querySelector('.back').addEventListener('click', () => this.desk.backToLists());
    this.querySelector('[data-testid="transfer"]').addEventListener('click', (e) =>
      this.querySelector('sb-transfer-dialog').show(this.desk.openChat, e.currentTarget));
    this.querySelector('[data-testid="close-chat"]').addEventListener('click', (e) =>
      this.querySelector('sb-close-dialog').show(this.desk.openChat, e.currentTarget));
    this.querySelector('.tag-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = this.querySelector('#sb-tag-input');
      if (input.value.trim()) this.tag(input.value.trim(), true).then(() => { input.value = ''; });
    });
    this.querySelector('.tag-list').addEventListener('click', (e) => {
      const remove = e.target.closest('button[data-untag]');
      if (remove) this.tag(remove.dataset.untag, false);
    });
    this.showTyping();
  }

  renderHeader(chat) {
    this.querySelector('[data-testid="conversation-title"]').textContent = chat.name;
    const mine = chat.isMine(this.desk.me);
    this.querySelector('[data-testid="chat-state"]').textContent = chat.active ? (mine ? 'Open' : 'Not yours') : 'Closed';
    this.querySelector('.actions').hidden = !mine;
    this.querySelector('.tag-form').hidden = !chat.threadId;
    this.composer.enable(mine, chat);
    this.querySelector('.tag-list').innerHTML = chat.tags.map((t) => `
      <li class="tag" data-testid="tag">${escapeHtml(t)}
        <button type="button" class="quiet" data-untag="${escapeHtml(t)}" aria-label="Remove tag ${escapeHtml(t)}">×</button></li>`).join('');
  }

  /**
   * Appends what is new rather than redrawing, so that the log's live region announces only new lines;
   * an edited or deleted event redraws the whole log.
   */
  renderEvents(chat) {
    const log = this.querySelector('.events');
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    const lines = chat.timeline.map((e) => eventHtml(e, chat, this.desk.me));
    const shown = this.shownLines || [];
    const prefix = shown.length <= lines.length && shown.every((line, i) => line === lines[i]);
    if (prefix && log.childElementCount > 0) log.insertAdjacentHTML('beforeend', lines.slice(shown.length).join(''));
    else log.innerHTML = lines.join('');
    this.shownLines = lines;
    if (atBottom || this.justOpened) log.scrollTop = log.scrollHeight;
    this.justOpened = false;
  }

  /** The desk opened a chat: show it and put the cursor in the composer. */
  opened(focus) {
    this.justOpened = true;
    this.update();
    if (focus) this.composer?.focus();
  }

  /** The open chat left my hands (transferred): back to the placeholder and the lists. */
  closedChat() {
    this.shownId = null;
    this.innerHTML = `<p class="muted placeholder">Take a chat from the queue or pick one of yours.</p>`;
    this.desk.backToLists();
    this.desk.querySelector('.desk-lists button')?.focus();
  }

  /** `authorId` is typing in the chat (null: stopped). */
  typing(chatId, authorId) {
    clearTimeout(this.typingTimers.get(chatId));
    if (authorId) {
      this.typers.set(chatId, authorId);
      this.typingTimers.set(chatId, setTimeout(() => this.typing(chatId, null), TYPING_TIMEOUT_MS));
    } else {
      this.typers.delete(chatId);
    }
    this.showTyping();
  }

  showTyping() {
    const line = this.querySelector('[data-testid="typing"]');
    const chat = this.desk?.openChat;
    if (!line || !chat) return;
    const who = this.typers.get(chat.id);
    line.textContent = who ? `${chat.authorName(who) || 'The visitor'} is typing…` : '';
  }

  async tag(tag, add) {
    const chat = this.desk.openChat;
    try {
      await this.desk.api.liveChat(add ? 'tag_thread' : 'untag_thread', { chat_id: chat.id, thread_id: chat.threadId, tag });
      const tags = new Set(chat.tags);
      if (add) tags.add(tag);
      else tags.delete(tag);
      chat.tags = [...tags];
      this.desk.changed(chat.id);
    } catch (err) {
      this.desk.announce('Could not change the tags: ' + err.message, true);
    }
  }
}

customElements.define('sb-conversation', Conversation);
