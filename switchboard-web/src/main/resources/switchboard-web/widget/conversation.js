// One visitor's conversation, without any DOM: the room, the messages merged by _id and ordered by ts,
// the agent, the queue position, typing both ways. The token comes from VisitorStorage.
// The panel listens for 'change' events and reads the fields. Realtime per rocketchat-livechat.md §5.5.
import { VisitorApi } from './api.js';
import { Ddp } from './ddp.js';
import { VisitorStorage, randomHex } from './storage.js';

const HIDDEN_TYPES = new Set(['command', 'uj', 'ul', 'au', 'livechat-started', 'livechat_navigation_history',
  'livechat_video_call', 'livechat-close', 'promptTranscript']);
const TYPING_IDLE_MS = 3000;

/** EJSON ({$date}) or ISO dates, as milliseconds. */
const millis = (ts) => {
  const ms = typeof ts === 'number' ? ts : ts && ts.$date != null ? ts.$date : Date.parse(ts);
  return Number.isFinite(ms) ? ms : Date.now();
};

export class Conversation extends EventTarget {
  constructor(opts) {
    super();
    this.opts = opts;
    this.storage = new VisitorStorage(opts.storageKey);
    this.api = new VisitorApi(opts.server, this.storage.token);
    this.reset();
    this.visitor = null;
    this.config = null;
    this.connection = 'online';
  }

  reset() {
    this.rid = null;
    this.messages = new Map();
    this.agent = null;
    this.queue = null;
    this.typing = null;
    this.closed = false;
    if (this.ddp) this.ddp.unsubscribeAll();
  }

  get token() { return this.storage.token; }

  /** Reads livechat/config; resumes the open room if this browser's visitor has one. */
  async start() {
    const { config } = await this.api.config(this.opts.department);
    this.config = config;
    if (config.guest) this.visitor = config.guest;
    if (config.room && config.room._id) {
      if (config.agent) this.agent = config.agent;
      if (config.queueInfo) this.queue = config.queueInfo;
      await this.attach(config.room._id);
    }
    this.changed();
    return config;
  }

  get visibleMessages() {
    return [...this.messages.values()].filter((m) => !m.t || !HIDDEN_TYPES.has(m.t)).sort((a, b) => a.ts - b.ts);
  }

  async register(fields) {
    const { visitor } = await this.api.register(fields);
    this.visitor = visitor;
    this.changed();
  }

  async send(text) {
    const rid = await this.ensureRoom();
    const id = randomHex(12);
    this.merge({ _id: id, rid, msg: text, ts: Date.now(), u: this.me(), pending: true });
    this.visitorTyping(false);
    let answer;
    try {
      answer = await this.api.send(rid, text, id);
    } catch (e) {
      this.messages.delete(id);
      if (e.code === 'room-closed') this.finish();
      this.changed();
      throw e;
    }
    this.merge(answer.message);
  }

  async upload(file) {
    const rid = await this.ensureRoom();
    const message = await this.api.upload(rid, file);
    if (message._id) this.merge(message);
  }

  async close() {
    if (!this.rid) return;
    await this.api.close(this.rid);
    this.finish();
  }

  survey(rating, comment) {
    const data = [{ name: 'satisfaction', value: String(rating) }];
    if (comment) data.push({ name: 'additionalFeedback', value: comment });
    return this.api.survey(this.closedRid, data);
  }

  transcript(email) { return this.api.transcript(this.closedRid, email); }

  /** Tells the agent whether the visitor is typing: on a change only, and "stopped" after a pause. */
  visitorTyping(typing) {
    clearTimeout(this.typingTimer);
    if (typing) this.typingTimer = setTimeout(() => this.visitorTyping(false), TYPING_IDLE_MS);
    if (!this.rid || !this.ddp || this.closed || typing === !!this.sentTyping) return;
    this.sentTyping = typing;
    this.ddp.call('stream-notify-room', [this.rid + '/user-activity', this.visitor && this.visitor.username,
      typing ? ['user-typing'] : [], { token: this.token }]).catch(() => { this.sentTyping = null; });
  }

  async ensureRoom() {
    if (this.rid) return this.rid;
    if (!this.visitor) await this.register(this.opts.department ? { department: this.opts.department } : {});
    const { room } = await this.api.room();
    await this.attach(room._id);
    this.refreshRoomState().catch(() => { /* the room stream's pushes will tell */ });
    return room._id;
  }

  async attach(rid) {
    this.rid = rid;
    this.closed = false;
    const ddp = this.realtime();
    const extra = { token: this.token, visitorToken: this.token };
    ddp.subscribe('stream-room-messages', rid, extra);
    ddp.subscribe('stream-notify-room', rid + '/user-activity', extra);
    ddp.subscribe('stream-livechat-room', rid, extra);
    await this.catchUp();
  }

  /** Fetches the room's latest messages and merges them: after attaching, and after every reconnect. */
  async catchUp() {
    if (!this.rid) return;
    const rid = this.rid;
    const { messages } = await this.api.history(rid, 100);
    if (rid === this.rid) for (const m of messages) this.merge(m);
  }

  /**
   * A new room's agent (auto-assignment) or queue position was pushed while the room was being created,
   * before this widget could subscribe: read them once from livechat/config.
   */
  async refreshRoomState() {
    const { config } = await this.api.config(this.opts.department);
    if (!config.room || config.room._id !== this.rid) return;
    if (config.agent && !this.agent) this.agent = config.agent;
    if (config.queueInfo && !this.agent && !this.queue) this.queue = config.queueInfo;
    this.changed();
  }

  realtime() {
    if (this.ddp) return this.ddp;
    const ws = this.opts.server.replace(/^http/, 'ws') + '/websocket';
    this.ddp = new Ddp(ws, {
      onEvent: (collection, event, args) => this.onEvent(collection, event, args),
      onState: (state) => { this.connection = state; this.changed(); },
      onReconnect: () => this.catchUp().catch(() => { /* the next reconnect tries again */ }),
    });
    return this.ddp;
  }

  onEvent(collection, event, args) {
    if (!this.rid) return;
    if (collection === 'stream-room-messages' && event === this.rid) args.forEach((m) => this.merge(m));
    else if (collection === 'stream-notify-room' && event === this.rid + '/user-activity') this.onTyping(args[0], args[1]);
    else if (collection === 'stream-livechat-room' && event === this.rid) this.onRoomEvent(args[0] || {});
  }

  onRoomEvent(e) {
    if (e.type === 'agentData') {
      this.agent = e.data || null;
      if (this.agent) this.queue = null;
    } else if (e.type === 'queueData') {
      this.queue = e.data && e.data.spot > 0 ? e.data : null;
    } else return;
    this.changed();
  }

  onTyping(username, activities) {
    if (!username || (this.visitor && username === this.visitor.username)) return;
    const typing = Array.isArray(activities) ? activities.includes('user-typing') : activities === true;
    this.typing = typing ? username : null;
    clearTimeout(this.typingClear);
    if (typing) this.typingClear = setTimeout(() => { this.typing = null; this.changed(); }, 15000);
    this.changed();
  }

  merge(raw) {
    if (!raw || !raw._id) return;
    const before = this.messages.get(raw._id);
    const m = { ...raw, ts: millis(raw.ts) };
    if (before && !before.pending && m.pending) return;
    this.messages.set(m._id, m);
    if (m.u && this.agent == null && m.u._id !== (this.visitor && this.visitor._id) && !m.t && !m.token) {
      this.agent = { _id: m.u._id, username: m.u.username, name: m.u.name };
    }
    if (m.t === 'livechat-close') this.finish();
    if (m.u && this.typing === m.u.username && !m.t) this.typing = null;
    this.changed();
  }

  finish() {
    if (this.closed) return;
    this.closedRid = this.rid;
    this.closed = true;
    this.typing = null;
    this.queue = null;
    clearTimeout(this.typingTimer);
    this.changed();
  }

  /** After a finished chat: the same visitor, a new room on the next message. */
  startOver() {
    this.reset();
    this.changed();
  }

  me() {
    const v = this.visitor || {};
    return { _id: v._id, username: v.username, name: v.name };
  }

  isMine(m) { return !!m.token || (m.u && this.visitor && m.u._id === this.visitor._id); }

  changed() { this.dispatchEvent(new Event('change')); }
}
