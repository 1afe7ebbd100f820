// What the desk knows about chats, built from LiveChat v3.6 shapes (spec §3): ChatSummary from
// `list_chats` and `login`, Chat from `get_chat` and `incoming_chat`, and the pushes that change them.
// Events are kept by id, so an event heard twice (a push after a reconnect, and the re-list) shows once.

/** One chat as the desk shows it. */
export class ChatState {
  constructor(id) {
    this.id = id;
    this.threadId = null;
    this.active = false;
    this.queue = null;
    this.createdAt = null;
    this.tags = [];
    this.groupIds = [];
    this.customer = null;
    this.agents = [];
    this.events = new Map();
    this.seenUpTo = null;
    this.loaded = false;
  }

  /** Takes what a ChatSummary (§3.6) or Chat (§3.4) says; `thread` is the Chat's, or the summary's last thread. */
  apply(chat, me) {
    const thread = chat.thread || chat.last_thread_summary;
    if (thread) {
      if (thread.id !== this.threadId) {
        this.events.clear();
        this.loaded = false;
      }
      this.threadId = thread.id;
      this.active = !!thread.active;
      this.queue = thread.queue || null;
      this.createdAt = thread.created_at;
      this.tags = thread.tags || [];
      for (const event of thread.events || []) this.events.set(event.id, event);
      if (chat.thread && thread.events) this.loaded = true;
    }
    for (const entry of Object.values(chat.last_event_per_type || {})) {
      if (entry.event?.id && entry.thread_id === this.threadId) this.events.set(entry.event.id, entry.event);
    }
    this.groupIds = chat.access?.group_ids || [];
    const users = chat.users || [];
    this.customer = users.find((u) => u.type === 'customer') || this.customer;
    this.agents = users.filter((u) => u.type === 'agent');
    const mine = this.agents.find((a) => a.id === me);
    if (mine?.events_seen_up_to && (!this.seenUpTo || mine.events_seen_up_to > this.seenUpTo)) this.seenUpTo = mine.events_seen_up_to;
  }

  get name() { return this.customer?.name || 'Visitor'; }

  get isQueued() { return this.active && !!this.queue; }

  isMine(me) { return this.active && !this.queue && this.agents.some((a) => a.id === me); }

  /** Events in the order they were said. */
  get timeline() {
    return [...this.events.values()].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  }

  get lastEvent() {
    const all = this.timeline;
    return all[all.length - 1] || null;
  }

  /** Events by others after what I have seen: the unread count. */
  unread(me) {
    let count = 0;
    for (const e of this.events.values()) {
      if (e.author_id && e.author_id !== me && e.type !== 'system_message' && (!this.seenUpTo || e.created_at > this.seenUpTo)) count++;
    }
    return count;
  }

  /** Waiting time in whole seconds (queued chats), counted from `queue.queued_at`. */
  waitingSeconds(now = Date.now()) {
    const since = this.queue?.queued_at || this.createdAt;
    return since ? Math.max(0, Math.floor((now - Date.parse(since)) / 1000)) : 0;
  }

  authorName(authorId) {
    if (this.customer && this.customer.id === authorId) return this.customer.name || 'Visitor';
    return this.agents.find((a) => a.id === authorId)?.name || null;
  }
}

/** `m:ss` or `h:mm:ss`. */
export function duration(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
