// The decryptor inlined in the report file, bundled with age-encryption into one IIFE. It runs in
// whatever browser opens the file, offline, under a CSP that allows only this script: it reads
// the armored age block from the page, decrypts it with the typed passphrase and shows the report.
// It never fetches anything.
import { armor, Decrypter } from 'age-encryption';

// Only the DOM this script touches, typed here: the Node type-check that covers electron/ has no
// DOM library, and pulling it in for one browser file would let main-process code use `document`.
interface ViewerElement {
  textContent: string | null;
  classList: { contains(name: string): boolean };
  focus(): void;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  addEventListener(type: string, listener: (event: { preventDefault(): void }) => void): void;
  replaceChildren(...nodes: ViewerElement[]): void;
  querySelector(selector: string): ViewerElement | null;
}
interface ViewerInput extends ViewerElement {
  value: string;
  type: string;
  checked: boolean;
}
interface ViewerButton extends ViewerElement {
  disabled: boolean;
}
interface ViewerWindow {
  document: {
    title: string;
    activeElement: unknown;
    getElementById(id: string): ViewerElement | null;
    adoptNode<T>(node: T): T;
  };
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): { body: { firstElementChild: ViewerElement | null } } };
  requestAnimationFrame(callback: () => void): number;
}

const win = globalThis as unknown as ViewerWindow;
const document = win.document;

const WRONG = 'That passphrase does not open this report. Check it and try again.';
const DAMAGED = 'The encrypted data in this file is damaged, so the report cannot be opened. Ask for a new copy.';

function byId<T extends ViewerElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The report file is missing #${id}`);
  return el as T;
}

const form = byId('hearth-unlock');
const input = byId<ViewerInput>('hearth-passphrase');
const show = byId<ViewerInput>('hearth-show');
const button = byId<ViewerButton>('hearth-open');
const status = byId('hearth-status');

/**
 * What was typed, and the generated passphrase's own form (lower-case words joined by hyphens),
 * so "Apple Tree …" read out loud and typed with spaces still opens the report.
 */
function candidates(typed: string): string[] {
  const words = typed.trim().toLowerCase().split(/[\s-]+/u).filter((w) => w !== '');
  return [...new Set([typed, typed.trim(), words.join('-')])].filter((p) => p !== '');
}

/** Lets the browser paint "Opening…": scrypt then holds the thread for a second or two. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function fail(message: string): void {
  status.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  button.disabled = false;
  // A click on the (now re-enabled) button took focus from the field: give it back for retyping.
  if (document.activeElement !== input) input.focus();
}

/** Our own markup, escaped when it was made: parsed inertly (scripts never run from DOMParser) and adopted. */
function showReport(html: string): boolean {
  const report = new win.DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
  if (!report || !report.classList.contains('hearth-report')) return false;
  byId('hearth-main').replaceChildren(document.adoptNode(report));
  document.title = 'Hearth report';
  report.querySelector('h1')?.focus();
  return true;
}

show.addEventListener('change', () => {
  input.type = show.checked ? 'text' : 'password';
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (button.disabled) return;
  void unlock();
});

async function unlock(): Promise<void> {
  if (input.value.trim() === '') {
    fail('Enter the passphrase you were given.');
    return;
  }
  button.disabled = true;
  input.removeAttribute('aria-invalid');
  status.textContent = 'Opening…';
  await nextPaint();
  let file: Uint8Array;
  try {
    file = armor.decode(byId('hearth-age').textContent ?? '');
  } catch {
    fail(DAMAGED);
    return;
  }
  let html: string;
  try {
    const decrypter = new Decrypter();
    for (const p of candidates(input.value)) decrypter.addPassphrase(p);
    html = await decrypter.decrypt(file, 'text');
  } catch {
    fail(WRONG);
    return;
  }
  if (!showReport(html)) fail(DAMAGED);
}
