// A person's name field: checked with the shared schema before it is sent (see check-name.ts).
import type { ShownError } from '../ui/errors';
import { invalidProps } from '../ui/FormError';

interface Props {
  id: string;
  value: string;
  onChange: (name: string) => void;
  /** The form's error: the field is marked invalid when it names 'name'. */
  error: ShownError | null;
  errorId: string;
}

export function NameInput({ id, value, onChange, error, errorId }: Props) {
  return <input id={id} type="text" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} {...invalidProps(error, errorId, 'name')} />;
}
