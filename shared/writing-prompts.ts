// Questions about support, offered one at a time above the entry form to help someone start.
// Shown only, never saved into an entry.

export const WRITING_PROMPTS = [
  'Who did you lean on today?',
  'Did any help come with a price?',
  'Who did you help?',
  'Was there a moment you felt alone among people?',
  'Who made today a little easier?',
  'Did you ask for help today, or wish you had?',
  'Who listened to you recently?',
  'What kind of help would have made today better?',
  'Who would you like to see more often?',
  'Was there a conversation that left you drained?',
  'Was there a conversation that left you lighter?',
  'Who did you think of today, and why?',
  'Did anyone surprise you with kindness?',
  'What did someone do for you that they may not know mattered?',
  'Who do you owe a thank-you?',
  'Did you say no to someone today? How did it feel?',
  'Where did you feel you belonged today?',
  'Who encouraged you lately?',
  'Was there help you turned down? Why?',
  'Who asked how you were, and did you answer honestly?',
  'Did you feel like a burden to anyone? What happened?',
  'Who could you reach out to this week?',
  'What did you do together with someone today?',
  'Did a stranger or acquaintance brighten your day?',
  'Which relationship felt easy today?',
  'Which relationship felt heavy today?',
  'Did someone give you advice? Was it useful?',
  'Who shared something practical with you: a lift, a meal, a hand?',
  'Did you feel understood by someone today?',
  'What did you need today that nobody offered?',
  'Who did you make laugh, or who made you laugh?',
  'Was there someone you avoided? What was behind it?',
  'How did you look after yourself today?',
  'Which group or community were you part of today?',
  'Did someone online support you?',
  'Who has been there for you for a long time?',
  'Did you give more than you received today, or the other way round?',
  'Who would you call if today went badly?',
  'What is one small thing someone did that you want to remember?',
  'Who helped you without being asked?',
] as const;

/**
 * The index of the next prompt: any but `previous`, so none comes twice in a row. `random` is a
 * number in [0, 1), like Math.random().
 */
export function nextPrompt(previous: number | null, random: () => number, count: number = WRITING_PROMPTS.length): number {
  if (previous === null || count < 2) return Math.min(count - 1, Math.floor(random() * count));
  // Draw from the other count - 1 prompts, then step over the previous one.
  const pick = Math.min(count - 2, Math.floor(random() * (count - 1)));
  return pick >= previous ? pick + 1 : pick;
}
