// What the kinds of support and "what it cost" mean, in one text for the entry form (a short line
// and a longer help) and the report's key, so the person and their reader see the same words.
import type { SupportKind } from './domain';

export interface Explained {
  /** One line, shown where the choice is made. */
  short: string;
  /** The longer help behind it. */
  long: string;
}

export const KINDS_EXPLAINED: Explained = {
  short: 'What kind of help it was: choose any that fit, or none.',
  long: 'One interaction can be several kinds. The kinds follow the usual ways support is described: care, hands-on help, advice, money or things, company, and being valued.',
};

export const KIND_MEANINGS: Record<SupportKind, string> = {
  emotional: 'Listening, comfort, care: someone heard you out or showed they cared.',
  practical: 'Hands-on help: someone did something for you or with you, like a lift, a meal or a task.',
  informational: 'Advice or information that helped you understand something or decide.',
  financial: 'Money, a loan, or things you needed.',
  companionship: 'Company: time spent together, doing something together, feeling you belong.',
  esteem: 'Being valued: someone believed in you, respected you or recognised what you do.',
};

export const COST_EXPLAINED: Explained = {
  short: 'What it took from you, even if it helped: pressure, guilt, owing, effort.',
  long:
    'Support can come with a price. Cost is how much this interaction took from you: feeling under pressure or guilty, ' +
    'feeling you owe something, losing some freedom or privacy, or the effort it asked. None means it cost you nothing; ' +
    'a lot means it cost you much, even when it also helped. It is separate from how it felt: an interaction can be nourishing and costly at once.',
};
