// The WHO-5 Well-Being Index (WHO Regional Office for Europe, 1998; reviewed by Topp et al., 2015):
// five statements about the last two weeks, each 0–5; raw 0–25, score = raw × 4 (0–100).
import { itemsOf, optionsFrom, type Instrument } from './instrument';

export const WHO5: Instrument = {
  id: 'who5',
  name: 'WHO-5 Well-Being Index',
  shortName: 'WHO-5',
  instructions:
    'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.',
  recallPeriod: 'Over the last two weeks.',
  items: itemsOf(
    [
      'I have felt cheerful and in good spirits',
      'I have felt calm and relaxed',
      'I have felt active and vigorous',
      'I woke up feeling fresh and rested',
      'My daily life has been filled with things that interest me',
    ],
    optionsFrom(0, ['At no time', 'Some of the time', 'Less than half of the time', 'More than half of the time', 'Most of the time', 'All of the time']),
  ),
  scores: [
    { key: 'score', label: 'Score', min: 0, max: 100 },
    { key: 'raw', label: 'Raw score', min: 0, max: 25 },
  ],
  scoring: 'Raw score: the sum of the five answers, 0 to 25. Score: the raw score times 4, 0 to 100.',
  // Its recall period is two weeks, so two answers never cover the same days.
  everyDays: 14,
  minDaysApart: 14,
  frequency: 'At most once every 14 days.',
  citation: [
    'World Health Organization Regional Office for Europe. (1998). Wellbeing measures in primary health care: The DepCare Project. Copenhagen: WHO.',
    'Topp, C. W., Østergaard, S. D., Søndergaard, S., & Bech, P. (2015). The WHO-5 Well-Being Index: A systematic review of the literature. Psychotherapy and Psychosomatics, 84(3), 167–176.',
  ],
};
