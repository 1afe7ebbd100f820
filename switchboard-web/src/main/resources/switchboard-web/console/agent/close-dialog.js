// Close a chat with a comment. v3.6 `deactivate_chat` carries no comment, so a comment goes first as an
// internal note (`send_event` message with `visibility: agents`, which the visitor never sees), then the
// chat is deactivated (§4.7). Esc or Cancel closes the dialog and returns focus.

class CloseDialog extends HTMLElement {
  connectedCallback() {
    this.innerHTML = `
      <dialog class="card dialog" aria-labelledby="sb-close-title" data-testid="close-dialog">
        <form method="dialog">
          <h2 id="sb-close-title">Close the chat</h2>
          <label>Closing comment (for agents only)
            <textarea rows="3" data-testid="close-comment" maxlength="16000"></textarea></label>
          <p class="problem" role="alert"></p>
          <div class="dialog-actions">
            <button value="cancel" class="quiet" data-testid="close-cancel">Cancel</button>
            <button type="button" class="danger" data-testid="close-confirm">Close chat</button>
          </div>
        </form>
      </dialog>`;
    this.dialog = this.querySelector('dialog');
    this.dialog.addEventListener('close', () => { if (this.returnTo?.isConnected) this.returnTo.focus(); });
    this.querySelector('[data-testid="close-confirm"]').addEventListener('click', () => this.close());
  }

  show(chat, returnTo) {
    this.chat = chat;
    this.returnTo = returnTo;
    this.querySelector('.problem').textContent = '';
    this.querySelector('textarea').value = '';
    this.dialog.showModal();
    this.querySelector('textarea').focus();
  }

  async close() {
    const desk = this.desk;
    const comment = this.querySelector('textarea').value.trim();
    try {
      if (comment) {
        await desk.api.liveChat('send_event', {
          chat_id: this.chat.id, event: { type: 'message', text: comment, visibility: 'agents' },
        });
      }
      await desk.api.liveChat('deactivate_chat', { id: this.chat.id });
      this.dialog.close();
      desk.announce(`Closed the chat with ${this.chat.name}`);
      await desk.refresh(this.chat.id);
    } catch (err) {
      this.querySelector('.problem').textContent = err.message;
    }
  }
}

customElements.define('sb-close-dialog', CloseDialog);
