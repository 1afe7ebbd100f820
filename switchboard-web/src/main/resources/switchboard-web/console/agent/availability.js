// The availability toggle: LiveChat's routing status (`set_routing_status`, §4.31), shown from the
// login's `my_profile.routing_status` and `routing_status_set` pushes. An agent whose presence is
// offline (`routing_status: offline`) is first made online with Rocket.Chat's `users.setStatus`: v3.6
// has no presence action, and without presence no chat is routed however the status is set.

const LABELS = { accepting_chats: 'Accepting chats', not_accepting_chats: 'Not accepting chats', offline: 'Offline' };

class Availability extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <button type="button" class="availability" data-testid="availability" aria-pressed="false">
        <span class="dot" aria-hidden="true"></span><span class="label">…</span>
      </button>`;
    this.button = this.querySelector('button');
    this.button.addEventListener('click', () => this.toggle());
  }

  /** Shows a routing status: `accepting_chats`, `not_accepting_chats` or `offline`. */
  show(status) {
    if (!status) return;
    this.status = status;
    this.button.dataset.status = status;
    this.button.setAttribute('aria-pressed', String(status === 'accepting_chats'));
    this.button.querySelector('.label').textContent = LABELS[status] || status;
    this.button.title = status === 'accepting_chats' ? 'Click to stop accepting chats' : 'Click to accept chats';
  }

  async toggle() {
    const desk = this.desk;
    desk.notifier.askPermission();
    const accept = this.status !== 'accepting_chats';
    this.button.disabled = true;
    try {
      if (accept && this.status === 'offline') await desk.api.rc('POST', 'users.setStatus', { status: 'online' });
      const status = accept ? 'accepting_chats' : 'not_accepting_chats';
      await desk.api.liveChat('set_routing_status', { status });
      this.show(status);
    } catch (err) {
      desk.announce('Could not change availability: ' + err.message, true);
    } finally {
      this.button.disabled = false;
    }
  }
}

customElements.define('sb-availability', Availability);
