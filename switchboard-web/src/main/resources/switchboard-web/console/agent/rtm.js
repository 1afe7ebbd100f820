// The LiveChat Agent Chat API v3.6 RTM client (spec §5): one websocket, `login` with the agent's Bearer
// token, a `ping` every 15 s, requests matched to responses by `request_id`, pushes dispatched as DOM
// events. When the socket drops it reconnects with a growing backoff and logs in again (resuming the
// session with Switchboard's `resume` extension when it can); either way it then fires `resync`, so the
// desk re-lists its chats and nothing said meanwhile is missed. Events carry ids, so the desk
// de-duplicates what it hears twice.

const PING_MS = 15_000;
const REQUEST_TIMEOUT_MS = 15_000;
const BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000];

/**
 * Events: `push` (detail `{action, payload}`), `login` (detail: the login response payload, on every
 * successful (re)login), `resync` (after a reconnect), `state` (detail `'connecting'|'online'|'offline'`),
 * `ended` (detail: the reason; the server told us not to reconnect).
 */
export class RtmClient extends EventTarget {
  constructor(authToken, url = defaultUrl()) {
    super();
    this.authToken = authToken;
    this.url = url;
    this.pending = new Map();
    this.nextId = 1;
    this.attempt = 0;
    this.sessionId = null;
    this.lastSeq = 0;
    this.stopped = false;
    this.everLoggedIn = false;
    this.logins = 0;
  }

  start() {
    this.stopped = false;
    this.open();
  }

  /** Closes for good: no reconnect. */
  stop() {
    this.stopped = true;
    clearInterval(this.pinger);
    clearTimeout(this.retry);
    this.socket?.close(1000, 'signed out');
  }

  /** Sends `action` and resolves with the response payload, or rejects with `payload.error`. */
  request(action, payload = {}) {
    const requestId = String(this.nextId++);
    return new Promise((resolve, reject) => {
      if (this.socket?.readyState !== WebSocket.OPEN) {
        reject(new Error('Not connected'));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        reject(new Error(`${action} timed out`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(requestId, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ version: '3.6', request_id: requestId, action, payload }));
    });
  }

  open() {
    this.emit('state', 'connecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => this.login(socket));
    socket.addEventListener('message', (e) => this.received(e.data));
    socket.addEventListener('close', () => this.lost(socket));
  }

  async login(socket) {
    const payload = { token: 'Bearer ' + this.authToken, pushes: { '3.6': ['all'] }, application: { name: 'Switchboard console' } };
    if (this.sessionId) payload.resume = { session_id: this.sessionId, seq: this.lastSeq };
    try {
      const response = await this.request('login', payload);
      if (socket !== this.socket) return;
      const reconnected = this.everLoggedIn;
      this.everLoggedIn = true;
      this.logins++;
      this.attempt = 0;
      if (!response.resumed) this.lastSeq = 0;
      this.sessionId = response.session_id || null;
      clearInterval(this.pinger);
      this.pinger = setInterval(() => this.request('ping').catch(() => {}), PING_MS);
      this.emit('state', 'online');
      this.emit('login', response);
      if (reconnected) this.emit('resync', response);
    } catch (err) {
      if (err.type === 'authentication') {
        this.stop();
        this.emit('ended', 'authentication');
      } else {
        socket.close();
      }
    }
  }

  received(text) {
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (frame.type === 'response') {
      const waiting = this.pending.get(frame.request_id);
      if (!waiting) return;
      this.pending.delete(frame.request_id);
      clearTimeout(waiting.timer);
      if (frame.success) waiting.resolve(frame.payload);
      else waiting.reject(Object.assign(new Error(frame.payload?.error?.message || 'RTM error'), frame.payload?.error || {}));
      return;
    }
    if (frame.type !== 'push') return;
    if (typeof frame.seq === 'number') this.lastSeq = Math.max(this.lastSeq, frame.seq);
    if (frame.action === 'agent_disconnected') this.disconnected(frame.payload?.reason);
    this.emit('push', { action: frame.action, payload: frame.payload });
  }

  /** §5.6: some reasons mean "do not reconnect". */
  disconnected(reason) {
    const reconnect = ['access_token_expired', 'connection_timeout', 'internal_error', 'too_many_unauthorized_connections',
      'role_permissions_changed'];
    if (reason && !reconnect.includes(reason)) {
      this.stop();
      this.emit('ended', reason);
    }
  }

  lost(socket) {
    if (socket !== this.socket) return;
    clearInterval(this.pinger);
    for (const [, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error('Connection lost'));
    }
    this.pending.clear();
    if (this.stopped) return;
    this.emit('state', 'offline');
    const delay = BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)];
    this.retry = setTimeout(() => this.open(), delay);
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

function defaultUrl() {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/v3.6/agent/rtm/ws';
}
