// The manager's views, shown to administrators and livechat managers: `{id, label, tag, module}` each,
// where `module` is imported before the element `tag` is created (paths relative to the console's app.js).
// Their shared stylesheet is linked once, here, so the shell's console.css stays the views' common base.
if (!document.querySelector('link[data-sb-manager]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./manager.css', import.meta.url).href;
  link.dataset.sbManager = '';
  document.head.append(link);
}

export const managerViews = [
  { id: 'dashboard', label: 'Dashboard', tag: 'sb-manager-dashboard', module: './manager/dashboard.js' },
  { id: 'agents', label: 'Agents', tag: 'sb-manager-agents', module: './manager/agents.js' },
  { id: 'departments', label: 'Departments', tag: 'sb-manager-departments', module: './manager/departments.js' },
  { id: 'routing', label: 'Routing', tag: 'sb-manager-routing', module: './manager/routing.js' },
  { id: 'appearance', label: 'Widget', tag: 'sb-manager-appearance', module: './manager/appearance.js' },
];
