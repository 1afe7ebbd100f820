// The console's only way to the server: the public Rocket.Chat REST API (sign-in, administration) and the
// LiveChat Agent Chat API v3.6 Web API (agent work). No private endpoints: whatever the console does, any
// client of those APIs can do too.

/** A failed call, with the protocol's own error text (Rocket.Chat `error`, LiveChat `error.message`). */
export class ApiError extends Error {
  constructor(status, message, type) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** The signed-in agent's session: `{userId, authToken, username, name, roles}`. */
export class Api {
  constructor(session) {
    this.session = session;
  }

  get isManager() {
    return this.session.roles.some((r) => r === 'admin' || r === 'livechat-manager');
  }

  /** Rocket.Chat REST: `rc('GET', 'livechat/department')`; paths are relative to /api/v1/. */
  async rc(method, path, body) {
    const headers = { 'X-User-Id': this.session.userId, 'X-Auth-Token': this.session.authToken };
    return request(method, '/api/v1/' + path, body, headers, (status, json) =>
      new ApiError(status, json?.error || json?.message || `HTTP ${status}`, json?.errorType));
  }

  /** LiveChat v3.6 Web API: `liveChat('list_chats', {})`. */
  async liveChat(action, payload = {}) {
    const headers = { Authorization: 'Bearer ' + this.session.authToken };
    return request('POST', '/v3.6/agent/action/' + action, payload, headers, (status, json) =>
      new ApiError(status, json?.error?.message || `HTTP ${status}`, json?.error?.type));
  }

  /** LiveChat v3.6 `upload_file`: multipart, answers `{url}`. */
  async upload(file) {
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await fetch('/v3.6/agent/action/upload_file', {
      method: 'POST', body: form, headers: { Authorization: 'Bearer ' + this.session.authToken },
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, json?.error?.message || `HTTP ${response.status}`, json?.error?.type);
    return json;
  }
}

/** Signs in with Rocket.Chat's `POST /api/v1/login`; returns the session `Api` is built from. */
export async function signIn(user, password) {
  const json = await request('POST', '/api/v1/login', { user, password }, {}, (status, body) =>
    new ApiError(status, body?.message || body?.error || `HTTP ${status}`, body?.error));
  const me = json.data.me || {};
  return {
    userId: json.data.userId, authToken: json.data.authToken,
    username: me.username, name: me.name || me.username, roles: me.roles || [],
  };
}

async function request(method, url, body, headers, toError) {
  const init = { method, headers: { ...headers } };
  if (body !== undefined && method !== 'GET') {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const json = await response.json().catch(() => null);
  if (!response.ok || json?.success === false || json?.status === 'error') throw toError(response.status, json);
  return json;
}
