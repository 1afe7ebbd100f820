// The visitor widget's loader: the only file a host page loads before the visitor opens the chat.
(() => {})();
