// The manager's views, shown to administrators and livechat managers: `{id, label, tag, module}` each,
// where `module` is imported before the element `tag` is created (paths relative to the console's app.js).
export const managerViews = [];
