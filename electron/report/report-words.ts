// The report's own words, shared by the HTML and the PDF so both formats say the same thing.
import type { NameStyle, ReportSection } from '../../shared/exchange';
import { plural } from '../../shared/format';
import type { ReportModel } from './report-types';

export const SECTION_TITLES: Record<ReportSection, string> = {
  overview: 'Overview',
  timeline: 'Mood and felt support over time',
  supportMood: 'Support and mood together',
  kinds: 'Kinds of support',
  people: 'People',
  stress: 'Support under stress',
  help: 'Help received and feeling supported',
  entries: 'Chosen entries',
  checkins: 'Check-ins',
};

export const NAME_SENTENCES: Record<NameStyle, string> = {
  full: 'People are named in full.',
  initials: 'People are named by their initials.',
  relationship: 'People are named by relationship only, as “someone” where none was recorded.',
};

type Scope = Pick<ReportModel, 'inRange' | 'included' | 'names' | 'includeNotes' | 'hidesWords' | 'replacements' | 'sections'>;

/** What the report leaves out, said in its overview: the entries left unticked, and the names replaced in notes. */
export function scopeSentences(m: Scope): string[] {
  const entries =
    m.inRange === 0
      ? 'There are no entries in this range.'
      : m.included === m.inRange
        ? m.inRange === 1
          ? 'The one entry in this range is included.'
          : `All ${m.inRange} entries in this range are included.`
        : `${m.included} of ${plural(m.inRange, 'entry', 'entries')} in this range ${m.included === 1 ? 'is' : 'are'} included, chosen by the person.`;
  if (!m.includeNotes || !m.sections.includes('entries')) return [entries];
  const count = plural(m.replacements, 'replacement');
  const replaced =
    m.names !== 'full'
      ? `Names of people in the notes and tags are replaced by ${m.names === 'initials' ? 'their initials' : 'their relationship'}${m.hidesWords ? ', and words the person chose are hidden' : ''} (${count}).`
      : m.hidesWords
        ? `Words the person chose are hidden in the notes and tags (${count}).`
        : null;
  return replaced === null ? [entries] : [entries, replaced];
}
