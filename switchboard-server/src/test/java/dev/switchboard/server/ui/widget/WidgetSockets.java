package dev.switchboard.server.ui.widget;

/**
 * A network fault for the widget's realtime connection, made in the page itself: the page's
 * {@code WebSocket} is wrapped so that a test can close the widget's socket and make its reconnect
 * attempts fail (they go to a refused port) until the connection is restored. Install it after the
 * host page loaded and before the widget connects (before the first message). REST keeps working,
 * as when only a long-lived connection drops. Not thread-safe, like the page object it drives.
 */
public final class WidgetSockets {
    private final VisitorWidget widget;

    private WidgetSockets(VisitorWidget widget) { this.widget = widget; }

    public static WidgetSockets install(VisitorWidget widget) {
        widget.js("""
                const Real = window.WebSocket;
                window.__sbSockets = { all: [], refused: false };
                window.WebSocket = class extends Real {
                  constructor(url, protocols) {
                    super(window.__sbSockets.refused ? 'ws://127.0.0.1:9/refused' : url, protocols);
                    window.__sbSockets.all.push(this);
                  }
                };""");
        return new WidgetSockets(widget);
    }

    /** Closes the widget's socket and makes reconnecting fail until {@link #restore()}. */
    public void cut() { widget.js("window.__sbSockets.refused = true; window.__sbSockets.all.forEach(s => s.close());"); }

    /** Lets the widget's next reconnect attempt through. */
    public void restore() { widget.js("window.__sbSockets.refused = false;"); }

    /** How many sockets the widget opened (the first, reconnects and refused attempts). */
    public long opened() { return (Long) widget.js("return window.__sbSockets.all.length;"); }
}
