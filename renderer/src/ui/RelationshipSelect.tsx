// The relationship <select> of every form that sets one. "Not recorded" comes first and is where a
// new person starts, so a relationship is saved only when the person chooses one; choosing "Not
// recorded" again takes a chosen one back.
import { RELATIONSHIPS, type Relationship } from '../../../shared/domain';
import { RELATIONSHIP_LABELS } from '../../../shared/labels';
import { LabelledOptions } from './LabelledOptions';

interface Props {
  id: string;
  value: Relationship | null;
  onChange: (value: Relationship | null) => void;
  describedBy?: string;
}

export function RelationshipSelect({ id, value, onChange, describedBy }: Props) {
  return (
    <select id={id} value={value ?? ''} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Relationship))}>
      <option value="">Not recorded</option>
      <LabelledOptions values={RELATIONSHIPS} labels={RELATIONSHIP_LABELS} />
    </select>
  );
}

/** How a person's relationship reads where it is shown: neutral words when none was recorded. */
export function relationshipText(value: Relationship | undefined): string {
  return value === undefined ? 'Relationship not recorded' : RELATIONSHIP_LABELS[value];
}
