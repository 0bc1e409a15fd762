import type { Theme } from '../../../shared/domain';

/**
 * Applies the theme setting as data-theme on <html>: 'light' and 'dark' override the system,
 * 'system' follows prefers-color-scheme (see styles.css). The attribute stays across a lock (it
 * is not journal content) but is never written to disk outside the encrypted settings.
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
