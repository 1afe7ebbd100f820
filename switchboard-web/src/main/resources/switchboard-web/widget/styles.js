// The panel's style sheet, inside its Shadow DOM: `all: initial` on the host stops the page's inherited
// fonts and colours; --sb-color is the theme colour (data-color or livechat/config's theme.color).
export const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.panel { position: fixed; bottom: 20px; right: 20px; width: 370px; height: min(600px, calc(100vh - 40px));
  display: flex; flex-direction: column; background: #fff; color: #1f2328; border-radius: 14px; overflow: hidden;
  box-shadow: 0 12px 40px rgba(0,0,0,.22); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel.left { right: auto; left: 20px; }
.panel[hidden] { display: none; }
header { background: var(--sb-color, #1d4ed8); color: #fff; padding: 12px 14px; display: flex; align-items: center; gap: 10px; }
header h2 { font-size: 16px; margin: 0; font-weight: 600; }
header .who { flex: 1; min-width: 0; }
header .agent { font-size: 12.5px; opacity: .92; display: flex; align-items: center; gap: 6px; }
header .agent img { width: 22px; height: 22px; border-radius: 50%; background: #fff3; }
header button { all: unset; cursor: pointer; border-radius: 6px; padding: 4px 8px; font-size: 13px; color: #fff; }
header button:hover { background: #ffffff26; }
header button:focus-visible, .panel button:focus-visible, .panel :is(input, textarea, select):focus-visible {
  outline: 3px solid #fbbf24; outline-offset: 1px; }
.status { margin: 0; padding: 6px 14px; background: #f3f4f6; font-size: 12.5px; color: #374151; }
.status:empty { display: none; }
.status.warn { background: #fef3c7; color: #78350f; }
main { flex: 1; overflow-y: auto; padding: 12px 14px; background: #fafafa; }
ol.log { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 82%; padding: 7px 11px; border-radius: 12px; background: #fff; border: 1px solid #e5e7eb;
  align-self: flex-start; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.mine { align-self: flex-end; background: var(--sb-color, #1d4ed8); color: #fff; border-color: transparent; }
.msg.pending { opacity: .6; }
.msg .by { display: block; font-size: 11.5px; font-weight: 600; color: #4b5563; }
.msg time { display: block; font-size: 10.5px; opacity: .7; text-align: right; }
.msg a { color: inherit; display: inline-flex; align-items: center; gap: 4px; }
.icon { width: 16px; height: 16px; fill: currentColor; flex: none; }
.btn .icon { width: 18px; height: 18px; display: block; }
.msg img { display: block; max-width: 100%; max-height: 180px; border-radius: 8px; margin-top: 4px; }
.typing { margin: 0; padding: 2px 14px 6px; font-size: 12px; color: #6b7280; font-style: italic; background: #fafafa; min-height: 1.6em; }
form.composer { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #e5e7eb; align-items: flex-end; }
form.composer textarea { flex: 1; resize: none; height: 40px; max-height: 120px; font: inherit; padding: 9px 10px;
  border: 1px solid #d1d5db; border-radius: 10px; }
.btn { all: unset; cursor: pointer; background: var(--sb-color, #1d4ed8); color: #fff; padding: 9px 14px;
  border-radius: 10px; font: 600 14px system-ui, sans-serif; text-align: center; }
.btn.quiet { background: #e5e7eb; color: #111827; }
.btn[disabled] { opacity: .5; cursor: default; }
.form { display: flex; flex-direction: column; gap: 10px; }
.form p { margin: 0; }
.form label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 600; color: #374151; }
.form :is(input, textarea, select) { font: 14px system-ui, sans-serif; padding: 8px 10px; border: 1px solid #d1d5db;
  border-radius: 8px; background: #fff; color: #111827; }
.form textarea { min-height: 90px; resize: vertical; }
.error { color: #b91c1c; font-size: 13px; }
.error:empty { display: none; }
.rating { display: flex; gap: 6px; border: 0; padding: 0; margin: 0; }
.rating legend { font-size: 13px; font-weight: 600; color: #374151; margin-bottom: 6px; }
.rating button { all: unset; cursor: pointer; width: 38px; height: 38px; border-radius: 50%; border: 1px solid #d1d5db;
  text-align: center; line-height: 38px; font-weight: 600; background: #fff; }
.rating button[aria-pressed=true] { background: var(--sb-color, #1d4ed8); color: #fff; border-color: transparent; }
.done { color: #047857; font-weight: 600; }
hr { border: 0; border-top: 1px solid #e5e7eb; margin: 6px 0; }
@media (max-width: 480px) {
  .panel, .panel.left { inset: 0; width: 100%; height: 100%; border-radius: 0; }
}
`;
