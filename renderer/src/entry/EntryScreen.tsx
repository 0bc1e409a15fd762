import type { PersonSummary } from '../../../shared/domain';
import type { EntryInput } from '../../../shared/schemas';
import { useNavigation } from '../app/navigation';
import { toShownError } from '../ui/errors';
import { setJournalNotice } from '../ui/notice';
import { scheduleDelete } from '../ui/pending-delete';
import { useData } from '../ui/useData';
import { draftFromEntry, draftFromSaved, newDraft, type EntryDraft } from './draft';
import { EntryForm } from './EntryForm';
import './entry.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      /** Where the form starts: a new entry, or the entry as saved. */
      start: EntryDraft;
      /** What the form shows: `start`, or the draft's changes to it. */
      draft: EntryDraft;
      /** The entry being edited. */
      entryId: string | undefined;
      resumed: boolean;
      people: PersonSummary[];
      tags: string[];
    };

async function entryOrNull(id: string | undefined, gone: 'fail' | 'new') {
  if (id === undefined) return null;
  try {
    return await window.hearth.getEntry({ id });
  } catch (e) {
    // A draft of an entry deleted since: its text opens as a new entry rather than being lost.
    if (gone === 'new' && toShownError(e).code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** Loads the entry (when editing), the draft (when resuming), the people and the tags. */
async function load(id: string | undefined, resume: boolean): Promise<Loaded> {
  try {
    const [saved, people, tags] = await Promise.all([
      resume ? window.hearth.getDraft() : Promise.resolve(null),
      window.hearth.listPeople({ includeArchived: true }),
      window.hearth.listTags(),
    ]);
    const entry = await entryOrNull(saved ? saved.editing : id, saved ? 'new' : 'fail');
    const start = entry ? draftFromEntry(entry) : newDraft();
    return { kind: 'ready', start, draft: saved ? draftFromSaved(saved, start) : start, entryId: entry?.id, resumed: saved !== null, people, tags };
  } catch (e) {
    return { kind: 'failed', message: toShownError(e).message };
  }
}

/** A new entry (no id), an existing one to edit, or (resume) the form as the vault's draft left it. */
export function EntryScreen({ id, resume = false }: { id?: string | undefined; resume?: boolean | undefined }) {
  const { navigate, setLeaveGuard } = useNavigation();
  // The shell gives each entry id its own screen instance, so this loads once per entry.
  const loaded: Loaded = useData(() => load(id, resume), [id, resume]).value ?? { kind: 'loading' };

  const entryId = loaded.kind === 'ready' ? loaded.entryId : undefined;

  async function save(input: EntryInput) {
    if (entryId === undefined) await window.hearth.addEntry(input);
    else await window.hearth.updateEntry({ id: entryId, entry: input });
  }

  function saved() {
    setJournalNotice('Entry saved.');
    setLeaveGuard(null);
    navigate({ name: 'journal' });
  }

  function remove() {
    if (entryId === undefined) return;
    scheduleDelete(entryId);
    setLeaveGuard(null);
    navigate({ name: 'journal' });
  }

  const back = () => navigate({ name: 'journal' });

  switch (loaded.kind) {
    case 'loading':
      return (
        <p role="status" className="entry-screen">
          Opening the entry…
        </p>
      );
    case 'failed':
      return (
        <div className="entry-screen">
          <p role="alert" className="form-error">
            {loaded.message}
          </p>
          <button type="button" onClick={back}>
            Back to the journal
          </button>
        </div>
      );
    case 'ready':
      return (
        <div className="entry-screen">
          <EntryForm
            key={loaded.entryId ?? 'new'}
            start={loaded.start}
            initial={loaded.draft}
            entryId={loaded.entryId}
            resumed={loaded.resumed}
            people={loaded.people}
            tags={loaded.tags}
            onSave={save}
            onSaved={saved}
            onCancel={back}
            onDelete={loaded.entryId === undefined ? undefined : remove}
          />
        </div>
      );
  }
}
