// The visitor side of the Rocket.Chat REST API (rocketchat-livechat.md §3), as the widget uses it.
// Every call carries the visitor token where that endpoint expects it (§3.1). Failures reject with an
// ApiError holding upstream's error code (`error`, or `reason` for uploads, §1.4).

export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.error || body.reason || body.message)) || 'HTTP ' + status);
    this.status = status;
    this.body = body || {};
    this.code = this.body.errorType || this.body.error || this.body.reason || null;
  }
}

export class VisitorApi {
  constructor(server, token) {
    this.server = server;
    this.token = token;
  }

  config(department) {
    return this.get('livechat/config', { token: this.token, department });
  }

  register(fields) {
    return this.post('livechat/visitor', { visitor: { token: this.token, ...fields } });
  }

  room() {
    return this.get('livechat/room', { token: this.token });
  }

  send(rid, msg, id) {
    return this.post('livechat/message', { token: this.token, rid, msg, _id: id });
  }

  history(rid, limit) {
    return this.get('livechat/messages.history/' + encodeURIComponent(rid), { token: this.token, limit });
  }

  close(rid) {
    return this.post('livechat/room.close', { rid, token: this.token });
  }

  survey(rid, data) {
    return this.post('livechat/room.survey', { rid, token: this.token, data });
  }

  transcript(rid, email) {
    return this.post('livechat/transcript', { token: this.token, rid, email });
  }

  offlineMessage(fields) {
    return this.post('livechat/offline.message', fields);
  }

  upload(rid, file) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.request('POST', 'livechat/upload/' + encodeURIComponent(rid), form, { 'x-visitor-token': this.token });
  }

  /** An absolute URL for a path the server gave (file links are server-relative), readable by this visitor. */
  fileUrl(path) {
    const url = new URL(path, this.server + '/');
    url.searchParams.set('rc_room_type', 'l');
    url.searchParams.set('rc_token', this.token);
    return url.href;
  }

  get(path, query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query || {})) if (v != null && v !== '') params.set(k, v);
    const qs = params.toString();
    return this.request('GET', path + (qs ? '?' + qs : ''));
  }

  post(path, body) {
    return this.request('POST', path, JSON.stringify(body), { 'Content-Type': 'application/json' });
  }

  async request(method, path, body, headers) {
    const response = await fetch(this.server + '/api/v1/' + path, { method, body, headers });
    let json = null;
    try { json = await response.json(); } catch (e) { /* not JSON: reported by status below */ }
    if (!response.ok || !json || json.success === false) throw new ApiError(response.status, json);
    return json;
  }
}
