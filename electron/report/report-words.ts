// The report's own words, shared by the HTML and the PDF so both formats say the same thing.
import type { NameStyle, ReportSection } from '../../shared/exchange';

export const SECTION_TITLES: Record<ReportSection, string> = {
  overview: 'Overview',
  timeline: 'Mood and felt support over time',
  supportMood: 'Support and mood together',
  kinds: 'Kinds of support',
  people: 'People',
  stress: 'Support under stress',
  entries: 'Chosen entries',
};

export const NAME_SENTENCES: Record<NameStyle, string> = {
  full: 'People are named in full.',
  initials: 'People are named by their initials.',
  relationship: 'People are named by relationship only.',
};

/** '1 day', '2 days'; `many` for irregular words ('person', 'people'). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
