// A small DDP client for the visitor's realtime streams (rocketchat-livechat.md §5): connect, subscribe,
// call methods, answer pings. When the socket is lost it reconnects with backoff, subscribes again and
// tells its owner (onReconnect), who then fetches what was missed over REST: DDP itself replays nothing.

const PING_EVERY_MS = 20000;
const SILENCE_LIMIT_MS = 45000;

export class Ddp {
  /**
   * @param url ws(s)://host/websocket
   * @param handlers {onEvent(collection, eventName, args), onState('connecting'|'online'|'offline'), onReconnect()}
   */
  constructor(url, handlers) {
    this.url = url;
    this.handlers = handlers;
    this.subs = new Map();
    this.calls = new Map();
    this.queue = [];
    this.nextId = 1;
    this.attempt = 0;
    this.connectedOnce = false;
    this.stopped = false;
    this.online = false;
    this.open();
    this.heartbeat = setInterval(() => this.checkAlive(), PING_EVERY_MS);
  }

  subscribe(name, eventName, extra) {
    const id = 'sb-' + this.nextId++;
    this.subs.set(id, [name, eventName, extra]);
    if (this.online) this.sendSub(id);
    return id;
  }

  unsubscribeAll() {
    for (const id of this.subs.keys()) if (this.online) this.write({ msg: 'unsub', id });
    this.subs.clear();
  }

  /** Resolves with the result; rejects with the DDP error. Calls made while offline wait for the connection. */
  call(method, params) {
    const id = 'sb-' + this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      const frame = { msg: 'method', method, params, id };
      if (this.online) this.write(frame);
      else this.queue.push(frame);
    });
  }

  stop() {
    this.stopped = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.retry);
    if (this.socket) this.socket.close();
  }

  open() {
    this.handlers.onState('connecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.lastHeard = Date.now();
    socket.onopen = () => this.write({ msg: 'connect', version: '1', support: ['1', 'pre2', 'pre1'] });
    socket.onmessage = (e) => { if (socket === this.socket) this.receive(e.data); };
    socket.onclose = () => { if (socket === this.socket) this.lost(); };
  }

  receive(text) {
    this.lastHeard = Date.now();
    let m;
    try { m = JSON.parse(text); } catch (e) { return; }
    switch (m.msg) {
      case 'connected': return this.connected();
      case 'ping': return this.write(m.id ? { msg: 'pong', id: m.id } : { msg: 'pong' });
      case 'result': {
        const pending = this.calls.get(m.id);
        this.calls.delete(m.id);
        if (pending) m.error ? pending.reject(m.error) : pending.resolve(m.result);
        return;
      }
      case 'nosub': this.subs.delete(m.id); return;
      case 'changed': {
        const f = m.fields || {};
        if (m.collection && f.eventName) this.handlers.onEvent(m.collection, f.eventName, f.args || []);
        return;
      }
      default:
    }
  }

  connected() {
    this.online = true;
    this.attempt = 0;
    for (const id of this.subs.keys()) this.sendSub(id);
    for (const frame of this.queue.splice(0)) this.write(frame);
    this.handlers.onState('online');
    if (this.connectedOnce) this.handlers.onReconnect();
    this.connectedOnce = true;
  }

  lost() {
    this.online = false;
    for (const { reject } of this.calls.values()) reject({ error: 'disconnected' });
    this.calls.clear();
    if (this.stopped) return;
    this.handlers.onState('offline');
    const delay = Math.min(15000, 500 * 2 ** this.attempt++) * (0.75 + Math.random() / 2);
    this.retry = setTimeout(() => this.open(), delay);
  }

  checkAlive() {
    if (!this.online) return;
    if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) this.socket.close();
    else this.write({ msg: 'ping' });
  }

  sendSub(id) {
    const [name, eventName, extra] = this.subs.get(id);
    this.write({ msg: 'sub', id, name, params: [eventName, { useCollection: false, args: [extra] }] });
  }

  write(frame) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }
}
