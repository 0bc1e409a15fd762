// Opening a helpline's address in the system browser, after the person clicked it. Main checks the
// address against the list shipped with the app (shared/helplines.ts) once more here, whatever the
// dispatcher already checked: an address from the renderer is never opened unless it is listed.
import { HearthError } from '../../shared/errors';
import { isHelplineUrl } from '../../shared/helplines';

export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/** The desktop app's `openHelpline`: opens a listed address, refuses any other. */
export function openHelplineWith(opener: ExternalOpener) {
  return async ({ url }: { url: string }): Promise<{ opened: boolean }> => {
    if (!isHelplineUrl(url)) throw new HearthError('INVALID_INPUT', 'That is not one of the helpline addresses Hearth lists.', { field: 'url' });
    await opener.openExternal(url);
    return { opened: true };
  };
}
