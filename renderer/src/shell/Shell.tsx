import { Fragment, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { CheckinScreen } from '../checkins/CheckinScreen';
import { DraftOffer } from '../entry/DraftOffer';
import { keepDraft } from '../entry/draft-keeper';
import { EntryScreen } from '../entry/EntryScreen';
import { ExportScreen } from '../export/ExportScreen';
import { HelpScreen } from '../help/HelpScreen';
import { InsightsScreen } from '../insights/InsightsScreen';
import { JournalScreen } from '../journal/JournalScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { PersonScreen } from '../people/PersonScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { setDateLocale } from '../ui/date-locale';
import { requestSearchFocus } from '../ui/focus-search';
import { useNavigation } from '../app/navigation';
import { SealWarning } from './SealWarning';
import type { Route, RouteName } from '../app/routes';
import { isMacPlatform, useGlobalShortcuts } from '../ui/shortcuts';
import { applyTheme } from '../ui/theme';
import { useData } from '../ui/useData';
import { SyncStatusLine } from '../ui/SyncStatusLine';

/** Which navigation link is current on each screen. */
const SECTION: Record<RouteName, RouteName> = {
  journal: 'journal',
  entry: 'journal',
  people: 'people',
  person: 'people',
  insights: 'insights',
  export: 'export',
  settings: 'settings',
  help: 'help',
  checkin: 'journal',
};

const MAIN_LINKS: { name: 'journal' | 'people' | 'insights' | 'export' | 'settings'; label: string }[] = [
  { name: 'journal', label: 'Journal' },
  { name: 'people', label: 'People' },
  { name: 'insights', label: 'Insights' },
  { name: 'export', label: 'Export' },
  { name: 'settings', label: 'Settings' },
];

function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case 'journal':
      return <JournalScreen />;
    case 'entry':
      return <EntryScreen id={route.id} resume={route.resume} />;
    case 'people':
      return <PeopleScreen />;
    case 'person':
      return <PersonScreen id={route.id} />;
    case 'insights':
      return <InsightsScreen />;
    case 'export':
      return <ExportScreen part={route.part} />;
    case 'settings':
      return <SettingsScreen />;
    case 'help':
      return <HelpScreen />;
    case 'checkin':
      return <CheckinScreen instrument={route.instrument} />;
  }
}

function NavLink({ to, label, current }: { to: Route; label: string; current: boolean }) {
  const { navigate } = useNavigation();
  function onClick(event: MouseEvent) {
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={`#${to.name}`} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
}

/**
 * The unlocked app: sidebar navigation, Lock, Help, the current screen and the global shortcuts.
 * Everything below it is unmounted on lock, so nothing decrypted outlives the unlocked session.
 */
export function Shell({ onLock }: { onLock: () => void }) {
  const { route, navigate } = useNavigation();
  const main = useRef<HTMLElement>(null);
  const section = SECTION[route.name];
  const firstRoute = useRef(true);
  // The draft offer is for the moment after unlock: once an entry form opens, it has been answered.
  const [offerOpen, setOfferOpen] = useState(true);
  if (offerOpen && route.name === 'entry') setOfferOpen(false);

  // The theme and the date locale are encrypted settings: apply them once the journal is open, and
  // only then show a screen, so that no date is first printed in another style.
  const settingsRead =
    useData(async (signal) => {
      const settings = await window.hearth.getSettings().catch(() => null);
      if (settings === null || signal.aborted) return;
      applyTheme(settings.theme);
      setDateLocale(settings.dateLocale);
    }, []).status !== 'loading';

  // After a change of screen, bring focus to the new screen unless the screen took it itself.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const active = document.activeElement;
    if (!main.current || (active && active !== document.body && main.current.contains(active))) return;
    const heading = main.current.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    } else {
      main.current.focus();
    }
  }, [route]);

  // An entry being written is kept as the vault's draft; other unsaved things ask first.
  function lock() {
    const keeping = keepDraft();
    if (keeping === null) {
      if (navigate(route)) onLock();
      return;
    }
    void keeping.then((kept) => {
      if (kept || navigate(route)) onLock();
    });
  }

  useGlobalShortcuts({
    newEntry: () => navigate({ name: 'entry' }),
    lock,
    search: () => {
      if (route.name === 'journal' || navigate({ name: 'journal' })) requestSearchFocus();
    },
  });

  return (
    <div className="shell">
      <header className="sidebar">
        <p className="brand">Hearth</p>
        <nav aria-label="Main">
          <ul>
            {MAIN_LINKS.map((link) => (
              <li key={link.name}>
                <NavLink to={{ name: link.name }} label={link.label} current={section === link.name} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-end">
          <SyncStatusLine />
          <NavLink to={{ name: 'help' }} label="Help" current={section === 'help'} />
          <button type="button" onClick={lock} aria-keyshortcuts={isMacPlatform() ? 'Meta+L' : 'Control+L'}>
            Lock
          </button>
        </div>
      </header>
      <main className="screen" ref={main} tabIndex={-1}>
        <SealWarning />
        {offerOpen && <DraftOffer onContinue={(draft) => navigate({ name: 'entry', id: draft.editing, resume: true })} />}
        {settingsRead ? <Fragment key={`${route.name}:${'id' in route ? (route.id ?? '') : ''}`}>{screenFor(route)}</Fragment> : null}
      </main>
    </div>
  );
}
