// The visitor's details: name, email and custom fields (`get_customer`'s `session_fields`), the pages
// visited (`visit.last_pages`), the chat's department, and previous chats (`list_archives` filtered by
// `customer_id`). v3.6 names groups only by number, so the department's name comes from Rocket.Chat
// (`inquiries.getOne` for the room's department, `livechat/department` for its name).
import { escapeHtml } from '../app.js';

class VisitorDetails extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '';
  }

  update(chatId) {
    const chat = this.desk.openChat;
    if (chat && chatId === chat.id && chat.customer && chat.customer.id !== this.customerId) this.load(chat);
  }

  async load(chat) {
    if (!chat?.customer) return;
    const api = this.desk.api;
    this.customerId = chat.customer.id;
    const asked = chat.id;
    const [customer, archives, department] = await Promise.all([
      api.liveChat('get_customer', { id: chat.customer.id }).catch(() => chat.customer),
      api.liveChat('list_archives', { filters: { customer_id: chat.customer.id }, limit: 20 }).catch(() => ({ chats: [] })),
      this.department(chat.threadId),
    ]);
    if (this.desk.openId !== asked) return;
    const fields = (customer.session_fields || []).flatMap((f) => Object.entries(f));
    const pages = customer.visit?.last_pages || customer.last_visit?.last_pages || [];
    const previous = (archives.chats || []).filter((c) => c.thread && c.thread.id !== chat.threadId);
    this.innerHTML = `
      <section class="visitor card" aria-labelledby="sb-visitor-title" data-testid="visitor-details">
        <h2 id="sb-visitor-title">Visitor</h2>
        <dl>
          <dt>Name</dt><dd data-testid="visitor-name">${escapeHtml(customer.name || 'Visitor')}</dd>
          <dt>Email</dt><dd data-testid="visitor-email">${escapeHtml(customer.email || '—')}</dd>
          <dt>Department</dt><dd data-testid="visitor-department">${escapeHtml(department || '—')}</dd>
          ${fields.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd data-testid="custom-field">${escapeHtml(v)}</dd>`).join('')}
        </dl>
        <h3>Pages visited</h3>
        ${pages.length ? `<ul class="pages" data-testid="pages">${pages.map((p) => `
          <li><span class="page-title">${escapeHtml(p.title || p.url)}</span>
            <span class="muted url">${escapeHtml(p.url)}</span></li>`).join('')}</ul>` : '<p class="muted">None recorded.</p>'}
        <h3>Previous chats</h3>
        ${previous.length ? `<ul class="previous" data-testid="previous-chats">${previous.map((c) => previousHtml(c)).join('')}</ul>`
          : '<p class="muted">This is the first chat.</p>'}
      </section>`;
  }

  async department(threadId) {
    const api = this.desk.api;
    try {
      const { inquiry } = await api.rc('GET', 'livechat/inquiries.getOne?roomId=' + encodeURIComponent(threadId));
      if (!inquiry?.department) return null;
      this.departments ||= await api.rc('GET', 'livechat/department?count=200').then((r) => r.departments || []);
      return this.departments.find((d) => d._id === inquiry.department)?.name || null;
    } catch {
      return null;
    }
  }
}

function previousHtml(c) {
  const t = c.thread;
  const when = new Date(t.created_at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  const first = (t.events || []).find((e) => e.type === 'message' && e.text);
  return `<li data-testid="previous-chat"><span>${escapeHtml(when)}</span>
    ${t.tags?.length ? `<span class="muted">· ${escapeHtml(t.tags.join(', '))}</span>` : ''}
    ${first ? `<div class="muted">${escapeHtml(first.text.slice(0, 80))}</div>` : ''}</li>`;
}

customElements.define('sb-visitor-details', VisitorDetails);
