import { useId } from 'react';
import { CHANNELS, SUPPORT_KINDS, DIRECTIONS, type Channel } from '../../../shared/domain';
import { errorAt, isNewPerson, type FieldErrors, type InteractionDraft } from './draft';
import { PersonCombobox } from './PersonCombobox';
import { FieldError, NOT_RECORDED_TEXT } from './ScaleSlider';
import { CHANNEL_LABELS, COST_STEPS, FELT_STEPS, KIND_LABELS } from '../../../shared/labels';
import { COST_EXPLAINED, KIND_MEANINGS, KINDS_EXPLAINED } from '../../../shared/support-words';
import { DIRECTION_LABELS } from '../ui/words';
import { LabelledOptions } from '../ui/LabelledOptions';
import { RelationshipSelect } from '../ui/RelationshipSelect';

interface Props {
  index: number;
  value: InteractionDraft;
  onChange: (next: InteractionDraft) => void;
  onRemove: () => void;
  /** Names of everyone known, archived or not (to tell a new name). */
  knownNames: readonly string[];
  /** Names to suggest. */
  suggestNames: readonly string[];
  errors: FieldErrors;
  /** Id of the Person text box, so the form can focus it. */
  personId: string;
}

const ASKED_CHOICES = [
  { value: true, label: 'I asked for help' },
  { value: false, label: 'I did not ask' },
] as const;

/** One interaction: who, what kind of support, which way, how it felt, what it cost, how. */
export function InteractionFieldset({ index, value, onChange, onRemove, knownNames, suggestNames, errors, personId }: Props) {
  const id = useId();
  const path = `interactions.${index}`;
  const err = (field: string) => errorAt(errors, `${path}.${field}`);
  const set = <K extends keyof InteractionDraft>(key: K, v: InteractionDraft[K]) => onChange({ ...value, [key]: v });
  const isNew = isNewPerson(value.person, knownNames);

  return (
    <fieldset className="interaction" id={`${id}-fieldset`}>
      <legend>Interaction {index + 1}</legend>
      <div className="field">
        <label htmlFor={personId}>Person</label>
        <PersonCombobox
          id={personId}
          value={value.person}
          onChange={(name) => set('person', name)}
          names={suggestNames}
          error={err('person')}
          errorId={`${personId}-error`}
        />
        <FieldError id={`${personId}-error`} message={err('person')} />
      </div>
      {isNew && (
        <div className="field">
          <label htmlFor={`${id}-relationship`}>Relationship</label>
          <RelationshipSelect
            id={`${id}-relationship`}
            value={value.relationship}
            describedBy={`${id}-relationship-hint`}
            onChange={(relationship) => set('relationship', relationship)}
          />
          <p id={`${id}-relationship-hint`} className="hint">
            {value.person.trim()} is new: they will be added to your people.
          </p>
        </div>
      )}

      <fieldset className="choices" aria-describedby={describedBy(`${id}-kinds-hint`, err('kinds') && `${id}-kinds-error`)}>
        <legend>Kind of support</legend>
        <p id={`${id}-kinds-hint`} className="hint">
          {KINDS_EXPLAINED.short}
        </p>
        {SUPPORT_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              checked={value.kinds.includes(kind)}
              onChange={(e) =>
                set('kinds', e.target.checked ? SUPPORT_KINDS.filter((k) => k === kind || value.kinds.includes(k)) : value.kinds.filter((k) => k !== kind))
              }
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
        <details className="field-help">
          <summary>What the kinds mean</summary>
          <p>{KINDS_EXPLAINED.long}</p>
          <dl>
            {SUPPORT_KINDS.map((kind) => (
              <div key={kind}>
                <dt>{KIND_LABELS[kind]}</dt>
                <dd>{KIND_MEANINGS[kind]}</dd>
              </div>
            ))}
          </dl>
        </details>
        <FieldError id={`${id}-kinds-error`} message={err('kinds')} />
      </fieldset>

      <fieldset className="choices" aria-describedby={err('direction') ? `${id}-direction-error` : undefined}>
        <legend>Direction</legend>
        <NotRecordedChoice name={`${id}-direction`} checked={value.direction === null} onChoose={() => set('direction', null)} />
        {DIRECTIONS.map((d) => (
          <label key={d} className="choice">
            <input type="radio" name={`${id}-direction`} checked={value.direction === d} onChange={() => set('direction', d)} />
            {DIRECTION_LABELS[d]}
          </label>
        ))}
        <FieldError id={`${id}-direction-error`} message={err('direction')} />
      </fieldset>

      <fieldset className="choices steps" aria-describedby={err('felt') ? `${id}-felt-error` : undefined}>
        <legend>How it felt</legend>
        <NotRecordedChoice name={`${id}-felt`} checked={value.felt === null} onChoose={() => set('felt', null)} />
        {FELT_STEPS.map((s) => (
          <label key={s.value} className="choice">
            <input type="radio" name={`${id}-felt`} checked={value.felt === s.value} onChange={() => set('felt', s.value)} />
            {s.label}
          </label>
        ))}
        <FieldError id={`${id}-felt-error`} message={err('felt')} />
      </fieldset>

      <fieldset className="choices" aria-describedby={describedBy(`${id}-cost-hint`, err('cost') && `${id}-cost-error`)}>
        <legend>What it cost</legend>
        <p id={`${id}-cost-hint`} className="hint">
          {COST_EXPLAINED.short}
        </p>
        <NotRecordedChoice name={`${id}-cost`} checked={value.cost === null} onChoose={() => set('cost', null)} />
        {COST_STEPS.map((s) => (
          <label key={s.value} className="choice">
            <input type="radio" name={`${id}-cost`} checked={value.cost === s.value} onChange={() => set('cost', s.value)} />
            {s.label}
          </label>
        ))}
        <details className="field-help">
          <summary>More about cost</summary>
          <p>{COST_EXPLAINED.long}</p>
        </details>
        <FieldError id={`${id}-cost-error`} message={err('cost')} />
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-channel`}>Channel</label>
        <select
          id={`${id}-channel`}
          value={value.channel ?? ''}
          aria-invalid={err('channel') ? true : undefined}
          aria-describedby={err('channel') ? `${id}-channel-error` : undefined}
          onChange={(e) => set('channel', e.target.value === '' ? null : (e.target.value as Channel))}
        >
          <option value="">{NOT_RECORDED_TEXT}</option>
          <LabelledOptions values={CHANNELS} labels={CHANNEL_LABELS} />
        </select>
        <FieldError id={`${id}-channel-error`} message={err('channel')} />
      </div>

      <fieldset className="choices">
        <legend>Did you ask for help?</legend>
        <NotRecordedChoice name={`${id}-asked`} checked={value.askedForHelp === null} onChoose={() => set('askedForHelp', null)} />
        {ASKED_CHOICES.map((c) => (
          <label key={c.label} className="choice">
            <input type="radio" name={`${id}-asked`} checked={value.askedForHelp === c.value} onChange={() => set('askedForHelp', c.value)} />
            {c.label}
          </label>
        ))}
      </fieldset>

      <button type="button" className="quiet" onClick={onRemove}>
        Remove interaction
      </button>
    </fieldset>
  );
}

/** The ids a group is described by: its hint, and its error when there is one. */
function describedBy(hint: string, error: string | false | undefined | null): string {
  return error ? `${hint} ${error}` : hint;
}

/** The first choice of a group: nothing chosen yet, or chosen again to clear what was. */
function NotRecordedChoice({ name, checked, onChoose }: { name: string; checked: boolean; onChoose: () => void }) {
  return (
    <label className="choice not-recorded">
      <input type="radio" name={name} checked={checked} onChange={onChoose} />
      {NOT_RECORDED_TEXT}
    </label>
  );
}
