import { useEffect, useState } from 'react';
import type { HearthEvent } from '../../../shared/api';

type Task = Extract<HearthEvent, { type: 'progress' }>['task'];

/**
 * The progress of one long task while it runs: the label, and a bar once the main process reports
 * how far it got. Render it only while the task runs, so each run starts from nothing.
 */
export function TaskProgress({ task, label }: { task: Task; label: string }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(
    () =>
      window.hearth.onEvent((event) => {
        if (event.type === 'progress' && event.task === task) setProgress({ done: event.done, total: event.total });
      }),
    [task],
  );

  return (
    <div className="export-progress">
      <p role="status" className="form-status">
        {label}
      </p>
      {progress && progress.total > 0 ? (
        <progress aria-label={label} value={progress.done} max={progress.total}>
          {progress.done} of {progress.total}
        </progress>
      ) : (
        <progress aria-label={label} />
      )}
    </div>
  );
}
