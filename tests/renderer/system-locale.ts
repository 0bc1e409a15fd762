// The renderer tests run on a computer set to British English, as the browser tests do (locale in
// playwright.config.ts): the app's default date locale is the system's, read from navigator.language.
if (typeof navigator !== 'undefined') Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
