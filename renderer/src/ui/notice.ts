// A short message the journal announces when it opens, e.g. after an entry was saved.
let notice = '';

export function setJournalNotice(message: string): void {
  notice = message;
}

export function takeJournalNotice(): string {
  const message = notice;
  notice = '';
  return message;
}
