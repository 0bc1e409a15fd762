// What the entry form and the Journal offer besides the journal itself: prompts and memories.
import { useId } from 'react';
import { FormError } from '../ui/FormError';
import type { SettingPartProps } from './setting-props';

export function WritingSettings({ settings, save, savedText, errorFor }: SettingPartProps) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Writing</h2>
      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={settings.writingPrompts} onChange={(e) => void save('writingPrompts', { writingPrompts: e.target.checked })} aria-describedby={`${id}-prompts-help`} />
          Show writing prompts
        </label>
        <p id={`${id}-prompts-help`} className="hint">
          A question about support above a new entry, such as “Who did you lean on today?”. It is never saved with the entry.
        </p>
        <span role="status" className="saved">
          {savedText('writingPrompts')}
        </span>
        <FormError id={`${id}-prompts-error`} error={errorFor('writingPrompts')} />
      </div>
      <div className="setting">
        <label className="choice">
          <input type="checkbox" checked={settings.onThisDay} onChange={(e) => void save('onThisDay', { onThisDay: e.target.checked })} aria-describedby={`${id}-memories-help`} />
          Show “On this day” on the Journal
        </label>
        <p id={`${id}-memories-help`} className="hint">
          What you wrote a month ago and a year ago on this date.
        </p>
        <span role="status" className="saved">
          {savedText('onThisDay')}
        </span>
        <FormError id={`${id}-memories-error`} error={errorFor('onThisDay')} />
      </div>
    </section>
  );
}
