// Set up before every test file.
// The renderer tests run on a computer set to British English, as the browser tests do (locale in
// playwright.config.ts): the app's default date locale is the system's, read from navigator.language.
import { configure } from '@testing-library/dom';

if (typeof navigator !== 'undefined') Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });

// Screens wait for the fake service's answers; on a busy two-core CI machine a screen took 2.6 s to
// show what it shows in 0.5 s on a quiet one. Testing Library's default wait of 1 s then failed a
// correct screen, so the renderer tests wait up to 10 s (a screen that never shows still fails).
configure({ asyncUtilTimeout: 10_000 });
