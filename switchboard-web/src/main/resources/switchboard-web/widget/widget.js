// Switchboard visitor widget, the loader: the only file a host page loads before the visitor opens the chat.
// Embed: <script async src="https://chat.example.com/widget.js" data-department="DEPARTMENT_ID"></script>
// Options (data-* on this script tag): department (an id), position (right|left), color (CSS colour), title.
// It draws a launcher in a Shadow DOM (host CSS cannot reach in, ours cannot leak out) and does nothing else
// until the browser is idle (then it may read livechat/config for the colour) or the launcher is clicked
// (then it imports the chat panel from <server>/widget/panel.js). Budget: see WidgetBudgetTest.
(() => {
  const script = document.currentScript;
  if (!script || window.__switchboardWidget) return;
  const perf = window.performance;
  perf.mark('switchboard-loader-start');
  const base = script.src.replace(/\/widget\.js(?:[?#].*)?$/, '');
  const data = script.dataset;
  const opts = {
    server: base,
    department: data.department || null,
    position: data.position === 'left' ? 'left' : 'right',
    color: data.color || null,
    title: data.title || null,
    storageKey: 'switchboard-widget:' + base,
  };
  const host = document.createElement('switchboard-widget');
  host.style.cssText = 'all:initial!important;position:fixed!important;z-index:2147483000!important;';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' +
    '.l{all:initial;position:fixed;bottom:20px;' + opts.position + ':20px;width:56px;height:56px;border-radius:50%;' +
    'background:var(--sb-color,#1d4ed8);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;' +
    'align-items:center;justify-content:center;transition:transform .15s}.l:hover{transform:scale(1.06)}' +
    '.l:focus-visible{outline:3px solid #fbbf24;outline-offset:3px}.l svg{width:28px;height:28px;fill:currentColor}' +
    '.l[aria-expanded=true]{display:none}</style>' +
    '<button class="l" type="button" data-testid="launcher" aria-label="Open chat" aria-haspopup="dialog" aria-expanded="false">' +
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 ' +
    '2-2zm3 6v2h10V9H7zm0 4v2h7v-2H7z"/></svg></button>';
  const launcher = root.querySelector('button');
  if (opts.color) host.style.setProperty('--sb-color', opts.color);
  let panel = null;

  const openPanel = () => {
    panel = panel || import(base + '/widget/panel.js').then((m) => m.mount(root, opts, launcher));
    return panel.then((p) => p.open());
  };
  launcher.addEventListener('click', () => {
    openPanel().catch((e) => { panel = null; console.error('Switchboard widget:', e); });
  });

  // Idle work: the colour from the server's appearance (unless the tag set one), and reopening a chat that
  // was open before a reload, so the conversation carries on. That flag is in sessionStorage: localStorage
  // (where the panel keeps the visitor token) is synchronous and its first use may wait for the browser to
  // read it from disk, which the panel may do after a click but the loader, on every page view, should not.
  const idle = () => {
    const start = perf.now();
    try { idleWork(); } finally { perf.measure('switchboard-loader-idle', { start, end: perf.now() }); }
  };
  const idleWork = () => {
    let open = false;
    try { open = sessionStorage.getItem(opts.storageKey) === 'open'; } catch (e) { /* storage blocked */ }
    if (open) { openPanel().catch(() => { panel = null; }); return; }
    if (opts.color) return;
    fetch(base + '/api/v1/livechat/config' + (opts.department ? '?department=' + encodeURIComponent(opts.department) : ''))
      .then((r) => r.json())
      .then((r) => {
        perf.mark('switchboard-loader-config');
        const c = r.config || {};
        const color = c.online === false ? c.theme && c.theme.offlineColor : c.theme && c.theme.color;
        if (color && !opts.color) host.style.setProperty('--sb-color', color);
      })
      .catch(() => { /* the launcher keeps its default colour */ });
  };
  const attach = () => {
    const start = perf.now();
    document.body.appendChild(host);
    (window.requestIdleCallback || ((f) => setTimeout(f, 200)))(idle, { timeout: 3000 });
    perf.measure('switchboard-loader-attach', { start, end: perf.now() });
  };
  window.__switchboardWidget = { open: openPanel };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  perf.measure('switchboard-loader', 'switchboard-loader-start');
})();
