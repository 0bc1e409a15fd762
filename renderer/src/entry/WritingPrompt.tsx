// A question about support above a new entry, to help the person start. Shown only: never saved
// into the entry. "Hide prompts" turns the setting off; Settings turns it back on.
import { useState } from 'react';
import { nextPrompt, WRITING_PROMPTS } from '../../../shared/writing-prompts';
import { toShownError } from '../ui/errors';
import { useSettings } from '../ui/use-settings';

/** The prompt shown last in this session, so the next form does not open on it again. */
let lastShown: number | null = null;

function draw(): number {
  lastShown = nextPrompt(lastShown, Math.random);
  return lastShown;
}

export function WritingPrompt() {
  const { settings, setSettings } = useSettings();
  const [index, setIndex] = useState(draw);
  const [status, setStatus] = useState('');

  async function hide() {
    if (!settings) return;
    setStatus('');
    try {
      setSettings(await window.hearth.updateSettings({ writingPrompts: false }));
      setStatus('Prompts hidden. Settings can show them again.');
    } catch (e) {
      setStatus(`Prompts could not be hidden: ${toShownError(e).message}`);
    }
  }

  const shown = settings?.writingPrompts === true;
  return (
    <>
      {shown ? (
        <section className="writing-prompt" aria-label="Writing prompt">
          <p className="writing-prompt-text" aria-live="polite">
            {WRITING_PROMPTS[index]}
          </p>
          <div className="writing-prompt-actions">
            <button type="button" onClick={() => setIndex(draw())}>
              Another one
            </button>
            <button type="button" onClick={() => void hide()}>
              Hide prompts
            </button>
          </div>
        </section>
      ) : null}
      <p role="status" className="hint">
        {status}
      </p>
    </>
  );
}
