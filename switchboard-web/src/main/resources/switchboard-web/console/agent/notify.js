// Sound and browser notification for a new chat or message: a short Web Audio beep, and a
// `Notification` when the agent allowed them and the console is not in view.

export class Notifier {
  constructor() {
    this.count = 0;
    // Browsers let a page start audio only after a user gesture: the first one unlocks the beep.
    const unlock = () => {
      try {
        this.audio ||= new AudioContext();
        this.audio.resume?.();
      } catch {
        this.audio = null;
      }
    };
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
  }

  /** Asks for permission to show notifications; call from a click. */
  askPermission() {
    if ('Notification' in window && Notification.permission === 'default') Notification.requestPermission().catch(() => {});
  }

  notify(title, body) {
    this.count++;
    document.documentElement.dataset.notifications = String(this.count);
    this.beep();
    if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
      try {
        const n = new Notification(title, { body, tag: 'switchboard-console' });
        n.onclick = () => { window.focus(); n.close(); };
      } catch {
        // Some browsers only allow notifications from a service worker; the sound is still played.
      }
    }
  }

  beep() {
    const ctx = this.audio;
    if (!ctx || ctx.state !== 'running') return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.15, ctx.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.3);
  }
}
