// The console's shell: sign-in, the navigation, and which view shows. Views are custom elements loaded on
// demand; the shell gives each its `api` (see api.js) before it is attached, and nothing else.
import { Api, signIn } from './api.js';

const SESSION_KEY = 'switchboard.console.session';
const AGENT_VIEW = { id: 'chats', label: 'Chats', tag: 'sb-agent-desk', module: './agent/desk.js' };

class SwitchboardConsole extends HTMLElement {
  connectedCallback() {
    window.addEventListener('hashchange', () => this.route());
    const saved = sessionStorage.getItem(SESSION_KEY);
    if (saved) this.start(new Api(JSON.parse(saved)));
    else this.showSignIn();
  }

  showSignIn(problem) {
    this.api = null;
    this.innerHTML = `
      <main class="sign-in">
        <form class="card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">Switchboard</h1>
          <label>Username or email <input id="sb-user" name="user" autocomplete="username" required></label>
          <label>Password <input id="sb-password" name="password" type="password" autocomplete="current-password" required></label>
          <p class="problem" role="alert"></p>
          <button type="submit" data-testid="sign-in">Sign in</button>
        </form>
      </main>`;
    const form = this.querySelector('form');
    if (problem) form.querySelector('.problem').textContent = problem;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const session = await signIn(form.user.value, form.password.value);
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
        this.start(new Api(session));
      } catch (err) {
        form.querySelector('.problem').textContent = err.message;
      }
    });
    this.querySelector('#sb-user').focus();
  }

  async start(api) {
    this.api = api;
    try {
      await api.rc('GET', 'me');
    } catch {
      sessionStorage.removeItem(SESSION_KEY);
      this.showSignIn('Your session has ended; please sign in again.');
      return;
    }
    this.views = [AGENT_VIEW];
    if (api.isManager) {
      const { managerViews } = await import('./manager/index.js');
      this.views.push(...managerViews.map((v) => ({ ...v, id: 'manage/' + v.id })));
    }
    this.innerHTML = `
      <header class="top">
        <span class="brand">Switchboard</span>
        <nav aria-label="Console sections"><ul>${this.views.map((v) =>
          `<li><a href="#/${v.id}" data-view="${v.id}">${v.label}</a></li>`).join('')}</ul></nav>
        <span class="me" data-testid="me">${escapeHtml(api.session.name)}</span>
        <button type="button" class="quiet" data-testid="sign-out">Sign out</button>
      </header>
      <div class="view" id="view"></div>`;
    this.querySelector('[data-testid="sign-out"]').addEventListener('click', () => this.signOut());
    this.route();
  }

  async route() {
    if (!this.api || !this.views) return;
    const id = location.hash.replace(/^#\//, '') || AGENT_VIEW.id;
    const view = this.views.find((v) => v.id === id) || AGENT_VIEW;
    this.querySelectorAll('nav a').forEach((a) => {
      if (a.dataset.view === view.id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
    if (this.current?.localName === view.tag) return;
    if (view.module) await import(view.module);
    const element = document.createElement(view.tag);
    element.api = this.api;
    this.current = element;
    this.querySelector('#view').replaceChildren(element);
  }

  async signOut() {
    try {
      await this.api.rc('POST', 'logout');
    } catch {
      // Signing out locally is what matters; an expired session is already signed out on the server.
    }
    sessionStorage.removeItem(SESSION_KEY);
    this.current = null;
    this.showSignIn();
  }
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

customElements.define('sb-console', SwitchboardConsole);
