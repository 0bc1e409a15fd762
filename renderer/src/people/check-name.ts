import { personNameSchema } from '../../../shared/schemas';
import type { ShownError } from '../ui/errors';

/** A person's name checked with the shared schema: the trimmed name, or the error to show at it. */
export function checkName(name: string): { name: string; error?: undefined } | { error: ShownError } {
  const parsed = personNameSchema.safeParse(name);
  if (parsed.success) return { name: parsed.data };
  return { error: { message: parsed.error.issues[0]?.message ?? 'Enter a name', code: 'INVALID_INPUT', field: 'name' } };
}

/** The checked name, or null once its problem is shown through the form's action. */
export function nameOrShowError(name: string, action: { setError: (error: ShownError) => void }): string | null {
  const checked = checkName(name);
  if (checked.error) {
    action.setError(checked.error);
    return null;
  }
  return checked.name;
}
