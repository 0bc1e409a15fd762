import { FindHelplineButton } from '../ui/HelplineDialog';
import { isMacPlatform } from '../ui/shortcuts';
import './help.css';

/** Help / About: what Hearth keeps, how it is protected, and where to turn in a crisis. */
export function HelpScreen() {
  const mod = isMacPlatform() ? 'Cmd' : 'Ctrl';
  return (
    <article className="help">
      <h1>Help</h1>

      <section className="panel crisis" aria-labelledby="help-crisis">
        <h2 id="help-crisis">If you are in crisis</h2>
        <p>
          Hearth is a journal, not a medical or emergency service, and nobody reads what you write here. If you are in danger or
          thinking about harming yourself, contact your local emergency number now, or a crisis helpline in your country. If you can,
          reach out to someone you trust.
        </p>
        <FindHelplineButton className="primary" />
      </section>

      <section className="panel" aria-labelledby="help-stores">
        <h2 id="help-stores">What Hearth keeps</h2>
        <p>
          Your entries (mood, how supported you felt, stress, notes and tags), the people you write about and how each contact felt,
          and your settings. It all stays on this computer: Hearth has no account, sends nothing over the internet and has no server.
        </p>
      </section>

      <section className="panel" aria-labelledby="help-protect">
        <h2 id="help-protect">How it is protected</h2>
        <ul>
          <li>Everything is encrypted on disk with a key that only your passphrase (or your recovery key) can open.</li>
          <li>
            Nobody can reset your passphrase, including the people who make Hearth. If you forget it, your recovery key is the only
            way back in; you can make a new one in Settings.
          </li>
          <li>
            Hearth locks itself after the time you choose in Settings, and when the computer sleeps or the screen locks. Once locked,
            nothing from your journal stays on the screen.
          </li>
          <li>Anyone who knows your passphrase, or uses your computer while Hearth is open, can read your journal.</li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="help-export">
        <h2 id="help-export">Reports, backups and imports</h2>
        <ul>
          <li>
            A therapy report, made on the Export screen, holds only what you choose: the dates, the parts, which entries, whether
            your notes are in it, and how people are named. Named by initials or relationship, people are also renamed inside your
            notes, with the other names you give them on their page (&ldquo;Also known as&rdquo;), and you can add words of your own to
            hide; the preview marks each one. The file is encrypted: give its passphrase to your therapist separately, not in the
            same email as the file.
          </li>
          <li>
            A backup is one encrypted file with your whole journal, opened with the passphrase you give it. Restoring merges it into
            this journal (the newer version of each entry wins), or fills an empty journal. Automatic backups write one to a folder
            you choose when Hearth locks, daily, or both, and keep the newest ones.
          </li>
          <li>
            Portable data (CSV or JSON) is not encrypted: anyone who gets the file can read it. Hearth asks you to confirm first.
          </li>
          <li>
            You can import entries from Daylio, jrnl and Day One. Hearth shows what a file holds before anything is added, and skips
            entries it has imported before.
          </li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="help-keys">
        <h2 id="help-keys">Keyboard shortcuts</h2>
        <dl className="shortcuts">
          <dt>
            <kbd>{mod}</kbd>+<kbd>N</kbd>
          </dt>
          <dd>New entry</dd>
          <dt>
            <kbd>{mod}</kbd>+<kbd>F</kbd>
          </dt>
          <dd>Search the journal</dd>
          <dt>
            <kbd>{mod}</kbd>+<kbd>L</kbd>
          </dt>
          <dd>Lock Hearth</dd>
        </dl>
      </section>
    </article>
  );
}
