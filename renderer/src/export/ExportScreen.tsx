// The Export screen: the therapy report, backups (by hand and automatic), portable data and imports.
// Every file is chosen with a native dialog in the main process; this screen never sees a path.
import { useState } from 'react';
import { localToday } from '../ui/today';
import { AutoBackupSection } from './AutoBackupSection';
import { BackupSection } from './BackupSection';
import { ImportSection } from './ImportSection';
import { PortableDataSection } from './PortableDataSection';
import { ReportSection } from './ReportSection';
import './export.css';

export function ExportScreen({ part, today: fixedToday }: { part?: 'auto-backup'; today?: string } = {}) {
  const [today] = useState(() => fixedToday ?? localToday());
  return (
    <div className="export">
      <h1>Export</h1>
      <p className="export-lede">Reports and backups are encrypted. Hearth asks where to save each file, and sends nothing anywhere.</p>
      <ReportSection today={today} />
      <BackupSection />
      <AutoBackupSection focus={part === 'auto-backup'} />
      <PortableDataSection />
      <ImportSection />
    </div>
  );
}
