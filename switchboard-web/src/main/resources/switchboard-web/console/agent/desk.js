// The agent's desk: the queue, my chats and the open conversation (built on the LiveChat v3.6 API).
class AgentDesk extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '<h1>Chats</h1>';
  }
}
customElements.define('sb-agent-desk', AgentDesk);
