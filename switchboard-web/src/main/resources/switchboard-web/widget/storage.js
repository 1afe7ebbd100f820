// Where the widget remembers its visitor, on the host page's origin, one entry per Switchboard server:
// the token in localStorage (a reload or a later visit resumes the conversation), whether the panel was
// open in sessionStorage (the loader reopens it after a reload in the same tab; see widget.js for why
// the loader never touches localStorage). Storage that is blocked (privacy modes) just forgets.

export const randomHex = (bytes) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

export class VisitorStorage {
  constructor(key) {
    this.key = key;
    try { this.saved = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { this.saved = {}; }
    if (!this.saved.token) this.save({ token: randomHex(16) });
  }

  /** The visitor token, a bearer secret chosen here (rocketchat-livechat.md §3.1): 128 random bits in hex. */
  get token() { return this.saved.token; }

  save(patch) {
    this.saved = { ...this.saved, ...patch };
    try { localStorage.setItem(this.key, JSON.stringify(this.saved)); } catch (e) { /* blocked */ }
  }

  rememberOpen(open) {
    try { sessionStorage.setItem(this.key, open ? 'open' : 'closed'); } catch (e) { /* blocked */ }
  }
}
