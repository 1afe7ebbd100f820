// Small helpers the manager's views share: escaping, the status line every view announces its outcome
// in, and running a form's action with its button disabled meanwhile.

/** Text made safe for innerHTML: the console's one escaping function, under the short name the views use. */
import { escapeHtml as esc } from '../app.js';

export { esc };

/** The view's live status line: `role="status"` so screen readers hear successes, `alert` styling for problems. */
export function say(root, text, problem = false) {
  const line = root.querySelector('[data-testid="notice"]');
  if (!line) return;
  line.textContent = text;
  line.classList.toggle('problem', problem);
}

/**
 * Runs `work` with `button` disabled; its error becomes the status line's problem. Resolves to whether it
 * succeeded, so callers can chain what should follow only a success.
 */
export async function act(root, button, work) {
  if (button) button.disabled = true;
  try {
    await work();
    return true;
  } catch (err) {
    say(root, err.message || String(err), true);
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}

/** A section's frame: heading, optional lead text, the status line. */
export function frame(id, title, lead = '') {
  return `<h1 id="${id}">${esc(title)}</h1>${lead ? `<p class="muted">${lead}</p>` : ''}
    <p class="notice" role="status" aria-live="polite" data-testid="notice"></p>`;
}
