// Native notifications through Electron. Each shown one is held until it is clicked or closed:
// one that is garbage-collected no longer reports its click (electron/electron#12690).
import { Notification } from 'electron';

const held = new Set<Notification>();

export function showNotification(text: { title: string; body: string }, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: text.title, body: text.body });
  held.add(notification);
  notification.on('click', () => {
    held.delete(notification);
    onClick();
  });
  notification.on('close', () => held.delete(notification));
  notification.show();
}
