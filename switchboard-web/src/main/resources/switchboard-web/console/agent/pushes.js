// How each RTM push (spec §5.6) changes the desk. Pushes that move a chat between agents or queues
// (`chat_transferred`, `user_added_to_chat`, …) reload that chat with `get_chat` rather than patching it:
// the server's answer is the truth and reloading is cheap.

const RELOAD = new Set(['chat_transferred', 'user_added_to_chat', 'user_removed_from_chat', 'chat_access_updated']);

export function applyPush(desk, action, p) {
  if (RELOAD.has(action)) {
    desk.refresh(p.chat_id || p.id);
    return;
  }
  const handler = HANDLERS[action];
  if (handler) handler(desk, p);
}

const HANDLERS = {
  incoming_chat(desk, p) {
    const known = desk.chats.has(p.chat.id);
    const chat = desk.chat(p.chat.id);
    chat.apply(p.chat, desk.me);
    desk.changed(chat.id);
    if (!known || chat.isMine(desk.me)) {
      const what = chat.isQueued ? `New chat waiting: ${chat.name}` : `New chat: ${chat.name}`;
      desk.announce(what);
      desk.notifier.notify(what, chat.lastEvent?.text || '');
    }
  },

  incoming_event(desk, p) {
    if (!desk.chats.has(p.chat_id)) {
      desk.refresh(p.chat_id);
      return;
    }
    const chat = desk.chat(p.chat_id);
    if (chat.threadId !== p.thread_id) {
      desk.refresh(p.chat_id);
      return;
    }
    const fresh = !chat.events.has(p.event.id);
    chat.events.set(p.event.id, p.event);
    if (p.event.author_id === desk.me) {
      if (!chat.seenUpTo || p.event.created_at > chat.seenUpTo) chat.seenUpTo = p.event.created_at;
    }
    desk.changed(chat.id);
    if (fresh && p.event.author_id && p.event.author_id !== desk.me && chat.isMine(desk.me)) {
      desk.conversation.typing(chat.id, null);
      if (desk.openId === chat.id) desk.markSeen(chat);
      if (desk.openId !== chat.id || document.hidden) {
        desk.notifier.notify(`${chat.name}`, p.event.text || p.event.name || 'New message');
      }
    }
  },

  event_updated(desk, p) {
    const chat = desk.chats.get(p.chat_id);
    if (!chat || !chat.events.has(p.event.id)) return;
    chat.events.set(p.event.id, p.event);
    desk.changed(chat.id);
  },

  event_deleted(desk, p) {
    const chat = desk.chats.get(p.chat_id);
    if (chat?.events.delete(p.event_id)) desk.changed(chat.id);
  },

  chat_deactivated(desk, p) {
    const chat = desk.chats.get(p.chat_id);
    if (!chat || chat.threadId !== p.thread_id) return;
    chat.active = false;
    chat.queue = null;
    desk.changed(chat.id);
    desk.refresh(chat.id);
  },

  incoming_typing_indicator(desk, p) {
    const t = p.typing_indicator;
    if (!t || t.author_id === desk.me) return;
    desk.conversation.typing(p.chat_id, t.is_typing ? t.author_id : null);
  },

  incoming_sneak_peek(desk, p) {
    desk.conversation.typing(p.chat_id, p.sneak_peek?.author_id || 'customer');
  },

  events_marked_as_seen(desk, p) {
    const chat = desk.chats.get(p.chat_id);
    if (!chat) return;
    if (p.user_id === desk.me) {
      if (!chat.seenUpTo || p.seen_up_to > chat.seenUpTo) chat.seenUpTo = p.seen_up_to;
    } else if (chat.customer?.id === p.user_id) {
      chat.customerSeenUpTo = p.seen_up_to;
    }
    desk.changed(chat.id);
  },

  routing_status_set(desk, p) {
    if (p.agent_id === desk.me) desk.availability.show(p.status);
  },

  queue_positions_updated(desk, entries) {
    for (const entry of entries || []) {
      const chat = desk.chats.get(entry.chat_id);
      if (!chat || chat.threadId !== entry.thread_id) continue;
      chat.queue = { ...chat.queue, ...entry.queue };
      desk.changed(chat.id);
    }
  },

  thread_tagged(desk, p) { retag(desk, p, true); },
  thread_untagged(desk, p) { retag(desk, p, false); },

  incoming_customers(desk, p) {
    for (const customer of p.customers || []) updateCustomer(desk, customer);
  },

  customer_updated(desk, p) { updateCustomer(desk, p); },
};

/** A customer's new or changed fields, in every chat of that customer. */
function updateCustomer(desk, fields) {
  for (const chat of desk.chats.values()) {
    if (chat.customer?.id === fields.id) {
      chat.customer = { ...chat.customer, ...fields };
      desk.changed(chat.id);
    }
  }
}

function retag(desk, p, tagged) {
  const chat = desk.chats.get(p.chat_id);
  if (!chat || chat.threadId !== p.thread_id) return;
  const tags = new Set(chat.tags);
  if (tagged) tags.add(p.tag);
  else tags.delete(p.tag);
  chat.tags = [...tags];
  desk.changed(chat.id);
}
