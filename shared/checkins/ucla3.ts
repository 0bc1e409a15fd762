// The Three-Item Loneliness Scale of Hughes, Waite, Hawkley and Cacioppo (2004), each item 1–3,
// total 3–9; then the direct question "How often do you feel lonely?" (1–5), kept as its own answer
// and never added to the total.
import { itemsOf, optionsFrom, type Instrument } from './instrument';

/** The direct question's place among the answers (1-based): after the three scale items. */
export const UCLA3_DIRECT_ITEM = 4;

const scale = itemsOf(
  ['How often do you feel that you lack companionship?', 'How often do you feel left out?', 'How often do you feel isolated from others?'],
  optionsFrom(1, ['Hardly ever', 'Some of the time', 'Often']),
);

export const UCLA3: Instrument = {
  id: 'ucla3',
  name: 'Three-Item Loneliness Scale',
  shortName: 'Three-Item Loneliness Scale',
  instructions:
    'The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.',
  recallPeriod: 'None: how often you feel this way, these days.',
  items: [
    ...scale,
    {
      number: UCLA3_DIRECT_ITEM,
      text: 'How often do you feel lonely?',
      options: optionsFrom(1, ['Never', 'Hardly ever', 'Occasionally', 'Some of the time', 'Often']),
    },
  ],
  scores: [
    { key: 'total', label: 'Total (items 1–3)', min: 3, max: 9 },
    { key: 'lonely', label: '“How often do you feel lonely?”', min: 1, max: 5 },
  ],
  scoring: 'Total: the sum of the first three answers, 3 to 9. The direct question is kept as its own answer, 1 to 5, and not added in.',
  everyDays: 30,
  frequency: 'Suggested once a month.',
  citation: [
    'Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004). A short scale for measuring loneliness in large surveys: Results from two population-based studies. Research on Aging, 26(6), 655–672.',
  ],
};
