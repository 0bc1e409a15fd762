// The therapy report as one self-contained HTML file: an age (age-encryption.org/v1, scrypt
// passphrase) ciphertext of the report body, and the decryptor that opens it in any browser,
// offline. Outside the ciphertext the file says only what it is: no title, name, date or note.
// The CSP allows exactly the one inline script and the one inline style (by hash) and nothing
// else, so the page cannot load or send anything; the armored block also opens with `age -d`.
import { createHash } from 'node:crypto';
import { armor, Encrypter } from 'age-encryption';
import { REPORT_CSS, renderReportBody } from './report-html';
import type { ReportModel } from './report-types';
import { ScryptRecipient } from './scrypt-recipient';
import { getViewerScript } from './viewer-script';

export interface ReportFileOptions {
  /** log2 of scrypt's N. Default: the library's (18), which a browser opens in a second or two. */
  scryptWorkFactor?: number;
}

const FILE_CSS = `
:root{color-scheme:light}
body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5}
.hearth-lock{max-width:34rem;margin:3rem auto;padding:0 1.5rem}
.hearth-lock h1{font-size:1.6rem;margin:0 0 .5rem}
.hearth-lock form{display:grid;gap:.5rem;margin:1.5rem 0}
.hearth-lock label{font-weight:600}
.hearth-lock input[type=password],.hearth-lock input[type=text]{font:inherit;font-size:1.1rem;padding:.5rem .6rem;border:2px solid #555;border-radius:.4rem}
.hearth-lock input[aria-invalid=true]{border-color:#a31515}
.hearth-lock .hearth-check{display:flex;gap:.5rem;align-items:center;font-weight:400}
.hearth-lock button{font:inherit;font-weight:600;justify-self:start;padding:.5rem 1.25rem;border:2px solid #1f5fa8;border-radius:.4rem;background:#1f5fa8;color:#fff;cursor:pointer}
.hearth-lock button:disabled{background:#5f6f80;border-color:#5f6f80;cursor:progress}
.hearth-lock :focus-visible{outline:3px solid #1f5fa8;outline-offset:2px}
.hearth-lock #hearth-status{min-height:1.5em;font-weight:600}
.hearth-lock input[aria-invalid=true]~#hearth-status{color:#a31515}
.hearth-lock details{margin-top:2.5rem;font-size:.9rem}
.hearth-lock pre{white-space:pre-wrap;word-break:break-all;font-size:.75rem;background:#f3f3f3;padding:.75rem;border-radius:.4rem}
@media print{.hearth-lock details{display:none}}
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The script and style are inlined as raw text: they must not be able to end their element. */
function assertInlineSafe(text: string, element: 'script' | 'style'): void {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`The report's inline ${element} would end its element early`);
}

async function encrypt(body: string, passphrase: string, workFactor: number | undefined): Promise<string> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(new ScryptRecipient(passphrase, workFactor));
  return armor.encode(await encrypter.encrypt(body));
}

export async function renderReportFile(model: ReportModel, passphrase: string, opts: ReportFileOptions = {}): Promise<string> {
  const [armored, script] = await Promise.all([encrypt(renderReportBody(model), passphrase, opts.scryptWorkFactor), getViewerScript()]);
  const style = FILE_CSS + REPORT_CSS;
  assertInlineSafe(script, 'script');
  assertInlineSafe(style, 'style');
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
  // The armor is base64 between fixed BEGIN/END lines: nothing in it needs escaping.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Hearth report — enter the passphrase you were given</title>
<style>${style}</style>
</head>
<body>
<main id="hearth-main">
<div class="hearth-lock">
<h1>Hearth report</h1>
<p>This report is encrypted. Enter the passphrase you were given to open it. It opens here, on this device: nothing is sent anywhere.</p>
<form id="hearth-unlock" novalidate>
<label for="hearth-passphrase">Passphrase</label>
<input id="hearth-passphrase" name="passphrase" type="password" autocomplete="off" autocapitalize="none" spellcheck="false" required autofocus aria-describedby="hearth-status">
<label class="hearth-check"><input id="hearth-show" type="checkbox"> Show passphrase</label>
<button id="hearth-open" type="submit">Open report</button>
<p id="hearth-status" role="status" aria-live="polite"></p>
</form>
<details>
<summary>Encrypted data (for the age tool)</summary>
<p>Save the block below as report.age and run <code>age -d report.age</code>, then enter the same passphrase.</p>
<pre id="hearth-age">${armored}</pre>
</details>
</div>
</main>
<script>${script}</script>
</body>
</html>
`;
}
