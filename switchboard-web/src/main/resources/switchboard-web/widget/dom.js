// Building DOM without innerHTML: text from the server (names, messages) only ever becomes text nodes.

/** h('p', {class: 'x', 'data-testid': 'y', onclick: fn}, 'text', child…) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c);
  return el;
}

/** A labelled field; `name` is also its data-testid. */
export function field(label, name, input) {
  input.name = name;
  input.setAttribute('data-testid', name);
  return h('label', {}, label, input);
}

/** Runs an async submit with the button disabled and failures shown in the form's error line. */
export function submitting(form, action) {
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button[type=submit]');
    const error = form.querySelector('.error');
    button.disabled = true;
    if (error) error.textContent = '';
    try {
      await action(new FormData(form));
    } catch (err) {
      if (error) error.textContent = describe(err);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** A visitor-readable sentence for an ApiError or a network failure. */
export function describe(err) {
  const code = err && err.code;
  if (code === 'no-agent-online') return 'Sorry, no agent is online right now.';
  if (code === 'room-closed') return 'This chat has already ended.';
  if (code === 'error-type-not-allowed') return 'This type of file is not allowed.';
  if (code === 'error-size-not-allowed') return 'This file is too large' + (err.body.sizeAllowed ? ' (max ' + err.body.sizeAllowed + ').' : '.');
  if (code === 'error-file-upload-disabled') return 'Sending files is turned off.';
  if (err instanceof TypeError) return 'Could not reach the server. Please try again.';
  return (err && err.message) || 'Something went wrong.';
}

/** The paperclip, drawn (headless browsers and some systems have no emoji font). */
export function paperclip() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M16.5 6.5v10a4.5 4.5 0 0 1-9 0V6a3 3 0 0 1 6 0v9.5a1.5 1.5 0 0 1-3 0V7H9v8.5a3 3 0 0 0 6 0V6a4.5 '
    + '4.5 0 0 0-9 0v10.5a6 6 0 0 0 12 0v-10h-1.5z');
  svg.append(path);
  return svg;
}
