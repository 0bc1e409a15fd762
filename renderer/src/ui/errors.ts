// Errors from window.hearth are HearthError-shaped ({ code, message, field }); read them defensively
// because an error that crossed a context bridge may keep only its message.

export interface ShownError {
  message: string;
  /** The HearthError code, when the error carried one. */
  code?: string;
  /** Dotted path of the offending input field, when the service named one. */
  field?: string;
}

export function toShownError(e: unknown): ShownError {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') {
    const shown: ShownError = { message: e.message };
    if ('code' in e && typeof e.code === 'string') shown.code = e.code;
    if ('field' in e && typeof e.field === 'string') shown.field = e.field;
    return shown;
  }
  return { message: 'Something went wrong.' };
}
