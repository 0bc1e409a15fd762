// Text-direction controls: refused in new names, never printed raw by the CLI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, terminalJson } from '../../../electron/cli/format';
import { argSchemas, personNameSchema } from '../../../shared/schemas';

const CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const RAW = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const textWithControls = fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(...CONTROLS)), { maxLength: 12 }).map((parts) => parts.join(''));

describe('text-direction controls', () => {
  it.each(CONTROLS.map((c) => [c.charCodeAt(0).toString(16), c]))('a new name holding U+%s is refused', (_hex, control) => {
    const result = personNameSchema.safeParse(`Sam${control}Rivera`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('A name cannot contain text-direction control characters');
    expect(argSchemas.addPerson.safeParse({ name: `${control}Ana` }).success).toBe(false);
  });

  it('names without them are still accepted, right-to-left scripts included', () => {
    expect(personNameSchema.parse('سارا')).toBe('سارا');
    expect(personNameSchema.parse('Zoë')).toBe('Zoë');
  });

  it('clean drops them: "evil\\u202Etxt.exe" shows as written', () => {
    expect(clean('evil\u202Etxt.exe')).toBe('eviltxt.exe');
  });

  it('clean never leaves one, whatever the text', () => {
    fc.assert(fc.property(textWithControls, (text) => !RAW.test(clean(text))));
  });

  it('terminal JSON escapes them and still parses back to the same value', () => {
    expect(terminalJson({ name: 'a\u202Eb' })).toBe('{\n  "name": "a\\u202eb"\n}');
    fc.assert(
      fc.property(textWithControls, (text) => {
        const json = terminalJson({ note: text });
        return !RAW.test(json) && (JSON.parse(json) as { note: string }).note === text;
      }),
    );
  });
});
