// The Multidimensional Scale of Perceived Social Support, as published by Zimet, Dahlem, Zimet and
// Farley (1988): 12 statements rated 1–7; the total and three subscales are item means.
import { itemsOf, optionsFrom, type Instrument } from './instrument';

export const MSPSS_SUBSCALES = {
  significantOther: [1, 2, 5, 10],
  family: [3, 4, 8, 11],
  friends: [6, 7, 9, 12],
} as const;

export const MSPSS: Instrument = {
  id: 'mspss',
  name: 'Multidimensional Scale of Perceived Social Support',
  shortName: 'MSPSS',
  instructions:
    'We are interested in how you feel about the following statements. Read each statement carefully. Indicate how you feel about each statement.',
  recallPeriod: 'None: how you feel about each statement now.',
  items: itemsOf(
    [
      'There is a special person who is around when I am in need.',
      'There is a special person with whom I can share my joys and sorrows.',
      'My family really tries to help me.',
      'I get the emotional help and support I need from my family.',
      'I have a special person who is a real source of comfort to me.',
      'My friends really try to help me.',
      'I can count on my friends when things go wrong.',
      'I can talk about my problems with my family.',
      'I have friends with whom I can share my joys and sorrows.',
      'There is a special person in my life who cares about my feelings.',
      'My family is willing to help me make decisions.',
      'I can talk about my problems with my friends.',
    ],
    optionsFrom(1, [
      'Very strongly disagree',
      'Strongly disagree',
      'Mildly disagree',
      'Neutral',
      'Mildly agree',
      'Strongly agree',
      'Very strongly agree',
    ]),
  ),
  scores: [
    { key: 'total', label: 'Total', min: 1, max: 7 },
    { key: 'significantOther', label: 'Significant other', min: 1, max: 7 },
    { key: 'family', label: 'Family', min: 1, max: 7 },
    { key: 'friends', label: 'Friends', min: 1, max: 7 },
  ],
  scoring:
    'Total: the mean of all 12 answers. Significant other: the mean of items 1, 2, 5 and 10; family: of items 3, 4, 8 and 11; friends: of items 6, 7, 9 and 12. Each from 1 to 7.',
  everyDays: 30,
  frequency: 'Suggested once a month.',
  citation: [
    'Zimet, G. D., Dahlem, N. W., Zimet, S. G., & Farley, G. K. (1988). The Multidimensional Scale of Perceived Social Support. Journal of Personality Assessment, 52(1), 30–41.',
  ],
};
