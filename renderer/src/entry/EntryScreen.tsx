import { useEffect, useState } from 'react';
import type { PersonSummary } from '../../../shared/domain';
import type { EntryInput } from '../../../shared/schemas';
import { useNavigation } from '../app/navigation';
import { toShownError } from '../errors';
import { setJournalNotice } from '../journal/notice';
import { scheduleDelete } from '../journal/pending-delete';
import { draftFromEntry, newDraft, type EntryDraft } from './draft';
import { EntryForm } from './EntryForm';
import './entry.css';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; draft: EntryDraft; people: PersonSummary[]; tags: string[] };

/** Loads the entry (when editing), the people and the tags; the form is shown once they are here. */
async function load(id: string | undefined): Promise<Loaded> {
  try {
    const [entry, people, tags] = await Promise.all([
      id === undefined ? Promise.resolve(null) : window.hearth.getEntry({ id }),
      window.hearth.listPeople({ includeArchived: true }),
      window.hearth.listTags(),
    ]);
    return { kind: 'ready', draft: entry ? draftFromEntry(entry) : newDraft(), people, tags };
  } catch (e) {
    return { kind: 'failed', message: toShownError(e).message };
  }
}

/** A new entry (no id) or an existing one to edit. */
export function EntryScreen({ id }: { id?: string }) {
  const { navigate, setLeaveGuard } = useNavigation();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    // The shell gives each entry id its own screen instance, so this runs once per entry.
    let live = true;
    void load(id).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
  }, [id]);

  async function save(input: EntryInput) {
    if (id === undefined) await window.hearth.addEntry(input);
    else await window.hearth.updateEntry({ id, entry: input });
    setJournalNotice('Entry saved.');
    setLeaveGuard(null);
    navigate({ name: 'journal' });
  }

  function remove() {
    if (id === undefined) return;
    scheduleDelete(id);
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
            key={id ?? 'new'}
            initial={loaded.draft}
            editing={id !== undefined}
            people={loaded.people}
            tags={loaded.tags}
            onSave={save}
            onCancel={back}
            onDelete={id === undefined ? undefined : remove}
          />
        </div>
      );
  }
}
