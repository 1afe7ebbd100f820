// The composer: Enter sends a reply (`send_event` message), Shift+Enter starts a new line, the paper
// clip sends a file (`upload_file`, then `send_event` file). While the agent types, the visitor is told
// (`send_typing_indicator`, repeated every few seconds, and stopped when the agent pauses or sends).

const TYPING_REPEAT_MS = 3_000;
const TYPING_IDLE_MS = 2_500;

class Composer extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <form class="composer" data-testid="composer">
        <label class="visually-hidden" for="sb-reply">Reply</label>
        <textarea id="sb-reply" rows="2" placeholder="Type a reply" title="Enter sends, Shift+Enter starts a new line"
                  data-testid="reply" maxlength="16000"></textarea>
        <input type="file" class="visually-hidden" id="sb-file" data-testid="file-input" tabindex="-1">
        <button type="button" class="quiet" data-testid="attach" aria-label="Send a file" title="Send a file">
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
               stroke-linecap="round" stroke-linejoin="round"><path d="M21 11.5l-8.5 8.5a5.5 5.5 0 0 1-7.8-7.8l9-9a3.7 3.7 0 0 1 5.2 5.2l-9 9a1.8 1.8 0 0 1-2.6-2.6l8.3-8.3"/></svg>
        </button>
        <button type="submit" data-testid="send">Send</button>
      </form>`;
    this.form = this.querySelector('form');
    this.text = this.querySelector('textarea');
    this.file = this.querySelector('input[type=file]');
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.send();
    });
    this.text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.send();
      }
    });
    this.text.addEventListener('input', () => this.typed());
    this.querySelector('[data-testid="attach"]').addEventListener('click', () => this.file.click());
    this.file.addEventListener('change', () => this.sendFile());
  }

  enable(enabled, chat) {
    this.chat = chat;
    for (const el of this.form.elements) el.disabled = !enabled;
    this.form.hidden = !chat.active;
  }

  focus() { if (!this.text.disabled) this.text.focus(); }

  async send() {
    const text = this.text.value.trim();
    const chat = this.chat;
    if (!text || !chat) return;
    this.text.value = '';
    this.stopTyping();
    try {
      const sent = await this.desk.api.liveChat('send_event', {
        chat_id: chat.id, event: { type: 'message', text, visibility: 'all' },
      });
      // The push brings the stored event too; showing it now keeps the reply in view when the socket is slow.
      if (!chat.events.has(sent.event_id)) {
        chat.events.set(sent.event_id, {
          id: sent.event_id, type: 'message', text, author_id: this.desk.me, visibility: 'all', created_at: new Date().toISOString(),
        });
      }
      this.desk.changed(chat.id);
    } catch (err) {
      this.text.value = text;
      this.desk.announce('Your reply was not sent: ' + err.message, true);
    }
  }

  async sendFile() {
    const file = this.file.files[0];
    const chat = this.chat;
    this.file.value = '';
    if (!file || !chat) return;
    try {
      const { url } = await this.desk.api.upload(file);
      await this.desk.api.liveChat('send_event', {
        chat_id: chat.id, event: { type: 'file', url, visibility: 'all' },
      });
      this.desk.announce(`Sent ${file.name}`);
    } catch (err) {
      this.desk.announce('The file was not sent: ' + err.message, true);
    }
  }

  typed() {
    clearTimeout(this.idle);
    if (!this.text.value) {
      this.stopTyping();
      return;
    }
    const now = Date.now();
    if (!this.typingSince || now - this.typingSince > TYPING_REPEAT_MS) {
      this.typingSince = now;
      this.indicate(true);
    }
    this.idle = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  stopTyping() {
    clearTimeout(this.idle);
    if (!this.typingSince) return;
    this.typingSince = null;
    this.indicate(false);
  }

  indicate(isTyping) {
    const chat = this.chat;
    if (!chat?.active) return;
    this.desk.api.liveChat('send_typing_indicator', { chat_id: chat.id, is_typing: isTyping }).catch(() => {});
  }
}

customElements.define('sb-composer', Composer);
