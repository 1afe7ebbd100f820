// The chat panel: a <switchboard-chat> element with its own Shadow DOM, mounted by the loader into the
// launcher's shadow root. It shows one of: the pre-chat form, the offline form, the conversation, the end
// of the chat. role="dialog", Esc closes it and gives focus back to the launcher; full screen under 480 px.
import { Conversation } from './conversation.js';
import { h, describe, paperclip } from './dom.js';
import { CSS } from './styles.js';
import { MessageLog } from './message-log.js';
import { preChatForm, offlineForm, finishedView, needsPreChat } from './forms.js';

class SwitchboardChat extends HTMLElement {
  setup(opts, launcher) {
    this.opts = opts;
    this.launcher = launcher;
    this.conversation = new Conversation(opts);
    this.log = new MessageLog(this.conversation);
    const root = this.attachShadow({ mode: 'open' });
    this.titleEl = h('h2', { id: 'sb-title', 'data-testid': 'title' }, opts.title || 'Chat with us');
    this.agentEl = h('div', { class: 'agent', 'data-testid': 'agent' });
    this.endButton = h('button', { type: 'button', 'data-testid': 'end-chat', hidden: true, onclick: () => this.endChat() }, 'End chat');
    this.statusEl = h('p', { class: 'status', role: 'status', 'data-testid': 'status' });
    this.body = h('main', { 'data-testid': 'body' });
    this.typingEl = h('p', { class: 'typing', 'data-testid': 'typing', 'aria-live': 'polite' });
    this.composer = this.buildComposer();
    this.panel = h('section', { class: 'panel' + (opts.position === 'left' ? ' left' : ''), role: 'dialog',
      'aria-modal': 'false', 'aria-labelledby': 'sb-title', hidden: true, 'data-testid': 'panel',
      onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); this.hide(); } } },
    h('header', {}, h('div', { class: 'who' }, this.titleEl, this.agentEl), this.endButton,
      h('button', { type: 'button', 'aria-label': 'Minimize chat', 'data-testid': 'minimize', onclick: () => this.hide() }, '✕')),
    this.statusEl, this.body, this.typingEl, this.composer);
    root.append(h('style', {}, CSS), this.panel);
    this.conversation.addEventListener('change', () => this.render());
    this.view = null;
    this.started = this.start();
  }

  async start() {
    try {
      const config = await this.conversation.start();
      const theme = config.theme || {};
      const offline = config.online === false;
      if (!this.opts.title) this.titleEl.textContent = (offline ? theme.offlineTitle : theme.title) || 'Chat with us';
      const color = this.opts.color || (offline ? theme.offlineColor : theme.color);
      if (color) this.style.setProperty('--sb-color', color);
    } catch (e) {
      this.body.replaceChildren(h('p', { class: 'error', role: 'alert' }, describe(e)));
      return;
    }
    this.render();
  }

  async open() {
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.conversation.storage.rememberOpen(true);
    await this.started;
    const first = this.panel.querySelector('main input, main select, main textarea') || this.input;
    (this.composer.hidden ? first : this.input).focus();
    this.scrollDown();
  }

  hide() {
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.conversation.storage.rememberOpen(false);
    this.launcher.focus();
  }

  /** Which screen: the end of a chat, offline, pre-chat, or the conversation. */
  screen() {
    const c = this.conversation;
    if (c.closed) return 'finished';
    if (c.rid) return 'chat';
    if (this.offline || c.config.online === false) return 'offline';
    if (needsPreChat(c.config, this.opts, c.visitor)) return 'prechat';
    return 'chat';
  }

  render() {
    const c = this.conversation;
    if (!c.config) return;
    const screen = this.screen();
    if (screen !== this.view) this.show(screen);
    if (screen === 'chat' && this.log.update(c.visibleMessages)) this.scrollDown();
    const agent = c.agent;
    this.agentEl.replaceChildren(...(agent && !c.closed ? this.agentBadge(agent) : []));
    this.typingEl.textContent = c.typing ? this.typistName(c.typing) + ' is typing…' : '';
    this.endButton.hidden = !(c.rid && !c.closed && c.config.settings.visitorsCanCloseChat !== false);
    this.statusEl.className = 'status' + (c.connection === 'offline' ? ' warn' : '');
    this.statusEl.textContent = this.statusText();
  }

  show(screen) {
    this.view = screen;
    const c = this.conversation;
    this.composer.hidden = screen !== 'chat';
    this.attach.hidden = !c.config.settings.fileUpload;
    if (screen === 'chat') {
      this.log.clear();
      this.body.replaceChildren(this.log.el);
    } else if (screen === 'prechat') {
      this.body.replaceChildren(preChatForm(c.config, this.opts, async (fields) => {
        await c.register(fields);
        this.input.focus();
      }));
    } else if (screen === 'offline') {
      this.body.replaceChildren(offlineForm(c.config, this.opts, (fields) => c.api.offlineMessage(fields)));
    } else {
      this.body.replaceChildren(finishedView(c.config, c, () => {
        c.startOver();
        this.input.focus();
      }));
    }
  }

  statusText() {
    const c = this.conversation;
    if (c.connection === 'offline' && c.rid && !c.closed) return 'Connection lost. Reconnecting…';
    if (!c.rid || c.closed || c.agent) return '';
    if (c.queue && c.queue.spot) {
      const wait = c.queue.estimatedWaitTimeSeconds;
      return 'You are number ' + c.queue.spot + ' in the queue.'
        + (wait ? ' Estimated wait: about ' + Math.max(1, Math.round(wait / 60)) + ' min.' : '');
    }
    return 'Waiting for an agent…';
  }

  agentBadge(agent) {
    if (agent.hiddenInfo) return ['You are chatting with an agent'];
    const img = agent.username && h('img', { alt: '', src: this.opts.server + '/avatar/' + encodeURIComponent(agent.username) });
    return [img, h('span', { 'data-testid': 'agent-name' }, agent.name || agent.username)];
  }

  typistName(username) {
    const a = this.conversation.agent;
    return a && a.username === username && a.name ? a.name : username;
  }

  buildComposer() {
    this.input = h('textarea', { 'aria-label': 'Type your message', placeholder: 'Type your message…', rows: 1,
      'data-testid': 'composer-input', oninput: () => this.conversation.visitorTyping(this.input.value.length > 0),
      onkeydown: (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); this.sendTyped(); } } });
    this.fileInput = h('input', { type: 'file', hidden: true, 'data-testid': 'file-input', onchange: () => this.sendFile() });
    this.attach = h('button', { type: 'button', class: 'btn quiet', 'aria-label': 'Attach a file', 'data-testid': 'attach',
      onclick: () => this.fileInput.click() }, paperclip());
    this.composerError = h('p', { class: 'error', role: 'alert', 'data-testid': 'composer-error' });
    const form = h('form', { class: 'composer', 'aria-label': 'Send a message', onsubmit: (e) => { e.preventDefault(); this.sendTyped(); } },
      this.fileInput, this.attach, this.input, h('button', { type: 'submit', class: 'btn', 'data-testid': 'send' }, 'Send'));
    return h('div', {}, this.composerError, form);
  }

  async sendTyped() {
    const text = this.input.value.trim();
    if (!text) return;
    this.input.value = '';
    const sent = await this.guard(() => this.conversation.send(text));
    if (!sent && !this.input.value) this.input.value = text;
  }

  async sendFile() {
    const file = this.fileInput.files[0];
    this.fileInput.value = '';
    if (file) await this.guard(() => this.conversation.upload(file));
  }

  /** Runs a composer action; a failure is shown above the composer. @return whether it succeeded */
  async guard(action) {
    this.composerError.textContent = '';
    try {
      await action();
      return true;
    } catch (e) {
      if (e.code === 'no-agent-online') this.offline = true;
      this.composerError.textContent = describe(e);
      this.render();
      return false;
    }
  }

  async endChat() { await this.guard(() => this.conversation.close()); }

  scrollDown() { this.body.scrollTop = this.body.scrollHeight; }
}

if (!customElements.get('switchboard-chat')) customElements.define('switchboard-chat', SwitchboardChat);

/** Called by the loader on the first click: creates the panel next to the launcher. */
export function mount(root, opts, launcher) {
  const chat = document.createElement('switchboard-chat');
  root.append(chat);
  chat.setup(opts, launcher);
  return chat;
}
