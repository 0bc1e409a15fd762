import { useId, useState } from 'react';
import { isDateOnly } from '../../../shared/schemas';
import {
  NAME_STYLES,
  REPORT_FORMATS,
  DEFAULT_REPORT_SECTIONS,
  REPORT_SECTIONS,
  type NameStyle,
  type ReportFormat,
  type ReportSection as Section,
  type SharePassphrase,
} from '../../../shared/exchange';
import type { ShownError } from '../ui/errors';
import { FormError, invalidProps } from '../ui/FormError';
import { plural } from '../ui/format';
import { useAction } from '../ui/useAction';
import { useData } from '../ui/useData';
import { EntryChecklist } from './EntryChecklist';
import { HideWordsField } from './HideWordsField';
import { validateFilePassphrase } from './file-passphrase';
import { PreviewFrame } from './PreviewFrame';
import { buildReportOptions, lastFullMonth, NAME_STYLE_LABELS, REPORT_FORMAT_LABELS, SECTION_LABELS } from './report-options';
import { ReportPassphrase } from './ReportPassphrase';
import { SavedReport, type Saved } from './SavedReport';
import { TaskProgress } from './TaskProgress';
import { useRangeEntries } from './use-range-entries';
import { useReportPreview } from './use-report-preview';
import { DateField } from '../ui/DateField';

/** The therapy report: what goes in, a preview, and the encrypted file with its passphrase. */
export function ReportSection({ today }: { today: string }) {
  const id = useId();
  const [range, setRange] = useState(() => lastFullMonth(today));
  const [sections, setSections] = useState<ReadonlySet<Section>>(() => new Set(DEFAULT_REPORT_SECTIONS));
  const [names, setNames] = useState<NameStyle>('initials');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [hide, setHide] = useState('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [format, setFormat] = useState<ReportFormat>('html');

  const [passphraseRequest, setPassphraseRequest] = useState(0);
  const [own, setOwn] = useState(false);
  const [ownPassphrase, setOwnPassphrase] = useState('');
  const [ownRepeat, setOwnRepeat] = useState('');
  const [ownError, setOwnError] = useState<ShownError | null>(null);
  const [dismissed, setDismissed] = useState<ShownError | null>(null);
  const [checking, setChecking] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const { busy, error, run } = useAction();

  const rangeReady = isDateOnly(range.from) && isDateOnly(range.to) && range.from <= range.to;
  const listed = useRangeEntries(rangeReady ? range : null);
  const built = buildReportOptions({ ...range, sections, names, includeNotes, excluded, hide }, listed.entries ?? []);
  // Until the range's entries are listed, the unticked ones cannot be named: no preview, no save.
  const options = built.ok && listed.entries ? built.options : null;
  const optionsError = built.ok ? null : built.error;
  const rangeError = optionsError && (optionsError.field === 'from' || optionsError.field === 'to') ? optionsError : listed.error;
  const sectionsError = optionsError?.field === 'sections' ? optionsError : null;
  const hideError = optionsError?.field?.startsWith('hideWords') ? optionsError : null;
  const preview = useReportPreview(options);

  // A fresh passphrase on entering the screen, for each format (a PDF's is shorter), on "New
  // passphrase" and after each saved report; it lives only in this screen.
  const suggestion = useData(() => window.hearth.suggestPassphrase({ format }), [passphraseRequest, format]);
  const generated: SharePassphrase | null = suggestion.status === 'ready' ? suggestion.value : null;
  // A failed suggestion is shown until the person moves on (clears the error, asks again).
  const suggestError = suggestion.status === 'failed' && suggestion.error !== dismissed ? suggestion.error : null;
  const passError = ownError ?? suggestError;

  function setPassError(problem: ShownError | null) {
    setOwnError(problem);
    if (problem === null) setDismissed(suggestion.error);
  }

  function newPassphrase() {
    setPassError(null);
    setPassphraseRequest((n) => n + 1);
  }

  function chooseFormat(next: ReportFormat) {
    setFormat(next);
    setPassError(null);
  }

  function toggleSection(section: Section, on: boolean) {
    const next = new Set(sections);
    if (on) next.add(section);
    else next.delete(section);
    setSections(next);
  }

  function toggleEntry(entryId: string, included: boolean) {
    const next = new Set(excluded);
    if (included) next.delete(entryId);
    else next.add(entryId);
    setExcluded(next);
  }

  function tickAll(included: boolean) {
    const next = new Set(excluded);
    for (const e of listed.entries ?? []) {
      if (included) next.delete(e.id);
      else next.add(e.id);
    }
    setExcluded(next);
  }

  async function save() {
    if (!options || busy || checking) return;
    setSaved(null);
    setPassError(null);
    let passphrase: string;
    if (own) {
      setChecking(true);
      const problem = await validateFilePassphrase(ownPassphrase, ownRepeat, format).finally(() => setChecking(false));
      if (problem) {
        setPassError(problem);
        return;
      }
      passphrase = ownPassphrase;
    } else {
      if (!generated) return;
      passphrase = generated.passphrase;
    }
    void run(async () => {
      const result = await window.hearth.exportReport({ options, format, passphrase });
      if (!result.saved) return;
      setSaved({ fileName: result.fileName, passphrase: own ? null : passphrase });
      // The next report gets its own passphrase: this one now belongs to the saved file.
      if (!own) newPassphrase();
    });
  }

  const rangeErrorId = `${id}-range-error`;
  return (
    <section className="panel export-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Therapy report</h2>
      <p className="hint">
        A report to bring to a therapy session. The file is encrypted: it opens in a browser (or a PDF reader) only with the
        passphrase below.
      </p>

      <fieldset className="export-group">
        <legend>Dates</legend>
        <div className="export-row">
          <div className="export-field">
            <label htmlFor={`${id}-from`}>From</label>
            <DateField id={`${id}-from`} value={range.from} onChange={(from) => setRange({ ...range, from })} {...invalidProps(rangeError, rangeErrorId, 'from')} />
          </div>
          <div className="export-field">
            <label htmlFor={`${id}-to`}>To</label>
            <DateField id={`${id}-to`} value={range.to} onChange={(to) => setRange({ ...range, to })} {...invalidProps(rangeError, rangeErrorId, 'to')} />
          </div>
        </div>
        <FormError id={rangeErrorId} error={rangeError} />
      </fieldset>

      <fieldset className="export-group" aria-describedby={`${id}-sections-error`}>
        <legend>Sections</legend>
        <div className="export-choices">
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="export-choice">
              <input type="checkbox" checked={sections.has(s)} onChange={(e) => toggleSection(s, e.target.checked)} />
              {SECTION_LABELS[s]}
            </label>
          ))}
        </div>
        <FormError id={`${id}-sections-error`} error={sectionsError} />
      </fieldset>

      <fieldset className="export-group">
        <legend>Names</legend>
        <div className="export-choices">
          {NAME_STYLES.map((style) => (
            <div key={style} className="export-choice-row">
              <label className="export-choice">
                <input
                  type="radio"
                  name={`${id}-names`}
                  value={style}
                  checked={names === style}
                  onChange={() => setNames(style)}
                  aria-describedby={`${id}-names-${style}`}
                />
                {NAME_STYLE_LABELS[style].label}
              </label>
              <span id={`${id}-names-${style}`} className="hint">
                {NAME_STYLE_LABELS[style].example}
              </span>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="export-group">
        <label className="export-choice">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} aria-describedby={`${id}-notes-hint`} />
          Include notes and tags
        </label>
        <p id={`${id}-notes-hint`} className="hint">
          Off, the report holds your numbers and the people, but none of what you wrote.
        </p>
        {includeNotes ? <HideWordsField value={hide} onChange={setHide} names={names} error={hideError} /> : null}
      </div>

      <EntryChecklist entries={listed.entries} excluded={excluded} onToggle={toggleEntry} onAll={tickAll} />

      <div className="export-group">
        <div className="actions">
          <button type="button" onClick={preview.show} disabled={!options}>
            Preview report
          </button>
          <p role="status" className="form-status">
            {preview.busy ? 'Making the preview…' : preview.preview ? `${plural(preview.preview.entries, 'entry', 'entries')}, ${plural(preview.preview.people, 'person', 'people')}` : ''}
          </p>
        </div>
        <FormError id={`${id}-preview-error`} error={preview.error} />
        {preview.preview && preview.preview.replacements > 0 ? (
          <p className="hint export-replaced">
            {plural(preview.preview.replacements, 'word')} in notes and tags replaced, marked in the preview below (not in the file). A name that is
            also an ordinary word, like Will or May, is replaced too.
          </p>
        ) : null}
        {preview.preview ? <PreviewFrame preview={preview.preview} /> : null}
      </div>

      <fieldset className="export-group">
        <legend>Format</legend>
        <div className="export-choices">
          {REPORT_FORMATS.map((f) => (
            <label key={f} className="export-choice">
              <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => chooseFormat(f)} />
              {REPORT_FORMAT_LABELS[f]}
            </label>
          ))}
        </div>
      </fieldset>

      <ReportPassphrase
        generated={generated}
        format={format}
        onNewPassphrase={newPassphrase}
        own={own}
        onOwn={(value) => {
          setOwn(value);
          setPassError(null);
        }}
        ownPassphrase={ownPassphrase}
        ownRepeat={ownRepeat}
        onOwnPassphrase={setOwnPassphrase}
        onOwnRepeat={setOwnRepeat}
        error={passError}
        onClearError={() => setPassError(null)}
        disabled={busy}
      />

      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={!options || busy || checking || (!own && !generated)}>
          Save report…
        </button>
        {busy ? <TaskProgress label="Saving the report…" /> : <SavedReport saved={saved} />}
      </div>
      <FormError id={`${id}-save-error`} error={error} />
    </section>
  );
}
