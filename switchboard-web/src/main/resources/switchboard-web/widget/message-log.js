// The conversation as an ARIA log: one <li> per message, added and updated in place (never re-rendered
// wholesale, so a screen reader announces only what is new), in ts order.
import { h, paperclip } from './dom.js';

const time = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export class MessageLog {
  constructor(conversation) {
    this.conversation = conversation;
    this.items = new Map();
    this.el = h('ol', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages', 'data-testid': 'messages' });
  }

  clear() {
    this.items.clear();
    this.el.replaceChildren();
  }

  /** Brings the list in line with the conversation's visible messages (a failed send disappears); returns whether anything was added. */
  update(messages) {
    let added = false;
    const ids = new Set(messages.map((m) => m._id));
    for (const [id, li] of this.items) {
      if (!ids.has(id)) {
        li.remove();
        this.items.delete(id);
      }
    }
    messages.forEach((m, index) => {
      const key = m._id + ':' + (m.pending ? 'p' : m._updatedAt && (m._updatedAt.$date || m._updatedAt));
      let li = this.items.get(m._id);
      if (li && li.dataset.key === key) return;
      const fresh = this.render(m, key);
      if (li) li.replaceWith(fresh);
      else {
        added = true;
        this.el.insertBefore(fresh, this.el.children[index] || null);
      }
      this.items.set(m._id, fresh);
    });
    return added;
  }

  render(m, key) {
    const mine = this.conversation.isMine(m);
    const author = m.u && (m.u.name || m.u.username);
    return h('li', { class: 'msg' + (mine ? ' mine' : '') + (m.pending ? ' pending' : ''), 'data-testid': 'message',
      'data-id': m._id, 'data-key': key },
      !mine && author && h('span', { class: 'by', 'data-testid': 'message-author' }, author),
      m.msg && h('span', { 'data-testid': 'message-text' }, m.msg),
      (m.attachments || []).map((a) => this.attachment(a)),
      h('time', { datetime: new Date(m.ts).toISOString() }, time(m.ts)));
  }

  attachment(a) {
    if (!a.title_link) return null;
    const url = this.conversation.api.fileUrl(a.title_link);
    return h('span', { 'data-testid': 'message-file' },
      a.image_url && h('img', { src: this.conversation.api.fileUrl(a.image_url), alt: a.title || 'image', loading: 'lazy' }),
      h('a', { href: url, target: '_blank', rel: 'noopener', download: a.title || true }, paperclip(), a.title || 'file'));
  }
}
