// One LiveChat event (§3.7) as a line of the conversation: a message, a file (images inline, other
// files as links), or a system message. Agents-only events are marked as internal notes.
import { escapeHtml } from '../app.js';

// System messages by type; `text` is the Rocket.Chat message's own text (a username for joins).
const SYSTEM_TEXT = {
  'livechat-started': () => 'Chat started',
  'livechat-close': () => 'Chat closed',
  livechat_transfer_history: () => 'Chat transferred',
  livechat_navigation_history: (t) => 'Visited ' + t,
  uj: (t) => `${t} joined the chat`,
  ul: (t) => `${t} left the chat`,
  'routing.assigned': () => 'Chat assigned',
  // Rocket.Chat's client commands (`connected` on a take) are signals for its widget, not for people.
  command: () => null,
};

export function eventHtml(e, chat, me) {
  const time = e.created_at ? new Date(e.created_at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
  if (e.type === 'system_message') {
    const known = SYSTEM_TEXT[e.system_message_type];
    const text = known ? known(e.text || '') : e.text || (e.system_message_type || 'system').replace(/[-_.]/g, ' ');
    if (!text) return '';
    return `<li class="event system" data-testid="system-message"><span>${escapeHtml(text)}</span> <time class="muted">${time}</time></li>`;
  }
  const who = e.author_id === me ? 'mine' : chat.customer?.id === e.author_id ? 'visitor' : 'agent';
  const author = e.author_id === me ? 'You' : chat.authorName(e.author_id) || 'Agent';
  const internal = e.visibility === 'agents' ? ' internal' : '';
  return `
    <li class="event ${who}${internal}" data-testid="event" data-event-id="${escapeHtml(e.id)}">
      <div class="meta muted"><span class="author">${escapeHtml(author)}</span>${internal ? ' · internal note' : ''} <time>${time}</time></div>
      <div class="body">${bodyHtml(e)}</div>
    </li>`;
}

function bodyHtml(e) {
  if (e.type === 'file') {
    const url = safeUrl(e.url);
    if ((e.content_type || '').startsWith('image/')) {
      return `<a href="${url}" target="_blank" rel="noopener" data-testid="file">
        <img src="${url}" alt="${escapeHtml(e.alternative_text || e.name)}" loading="lazy" data-testid="image"></a>`;
    }
    return `<a href="${url}" target="_blank" rel="noopener" download="${escapeHtml(e.name)}" data-testid="file">${escapeHtml(e.name)}</a>`;
  }
  if (e.type === 'message' || typeof e.text === 'string') return `<p class="text">${escapeHtml(e.text || '')}</p>`;
  return `<p class="text muted">(${escapeHtml(e.type)})</p>`;
}

/** Only http(s) and same-origin links: an event's URL comes from others. */
function safeUrl(url) {
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? escapeHtml(u.href) : '#';
  } catch {
    return '#';
  }
}
