// The replacement of names and hidden words in notes: hand-written cases with their expected text,
// and a property over generated names, aliases and notes that no mention survives in any casing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN, mentionsOf, redactor, type NamedWords, type Replaced } from '../../../electron/report/redact';

const priya: NamedWords = { name: 'Priya Shah', aliases: ['P.', 'Pree'], label: 'P. S.' };
const okafor: NamedWords = { name: 'Dr Okafor', aliases: [], label: 'D. O.' };
const will: NamedWords = { name: 'Will', aliases: [], label: 'W.' };
const mum: NamedWords = { name: 'Helen Park', aliases: ['Mum'], label: 'family A' };

const replace = redactor({ people: [priya, okafor, will, mum], hideWords: ['Baker Street', 'Acme'], shared: () => 'someone' });

/** The marked stretches of a result, as text: what the preview highlights. */
const marked = (r: Replaced) => r.marks.map(([s, e]) => r.text.slice(s, e));

describe('redactor', () => {
  it('replaces the full name, the first name alone, possessives and any case', () => {
    const r = replace("Argued with Priya. PRIYA's sister called; priya shah and Priya\nShah again; Priya’s mood.");
    expect(r.text).toBe("Argued with P. S.. P. S.'s sister called; P. S. and P. S. again; P. S.’s mood.");
    expect(marked(r)).toEqual(['P. S.', 'P. S.', 'P. S.', 'P. S.', 'P. S.']);
  });

  it('replaces also-known-as words and the last name alone, and skips a title', () => {
    expect(replace('Cancelled on Dr Okafor; okafor rang. Mum and P. came, then pree, then Ms Shah.').text).toBe(
      'Cancelled on D. O.; D. O. rang. family A and P. S. came, then P. S., then Ms P. S..',
    );
    expect(mentionsOf(okafor)).toEqual(['Dr Okafor', 'Okafor']);
    expect(mentionsOf(priya)).toEqual(['Priya Shah', 'Priya', 'Shah', 'P.', 'Pree']);
  });

  it('replaces whole words only', () => {
    expect(replace('Priyanka and Supriya, Mumbai, Willow, Acmecorp').text).toBe('Priyanka and Supriya, Mumbai, Willow, Acmecorp');
  });

  it('replaces a name that is also a common word, and marks it', () => {
    const r = replace('I will call Will. Will it rain?');
    expect(r.text).toBe('I W. call W.. W. it rain?');
    expect(r.marks).toHaveLength(3);
  });

  it("replaces the person's own words to hide, phrases too, before names", () => {
    const r = redactor({ people: [priya], hideWords: ['baker street', 'Priya'], shared: () => 'someone' })('Met Priya Shah on BAKER   STREET, then Priya.');
    // "Priya Shah" is the longer word, so it is one mention; "Priya" alone is a hidden word.
    expect(r.text).toBe(`Met P. S. on ${HIDDEN}, then ${HIDDEN}.`);
    expect(marked(r)).toEqual(['P. S.', HIDDEN, HIDDEN]);
  });

  it('does not pick one of two people who share a word', () => {
    const a = { name: 'Sam Rivera', aliases: [], label: 'S. R.' };
    const b = { name: 'Sam Lee', aliases: [], label: 'S. L.' };
    expect(redactor({ people: [a, b], hideWords: [], shared: (w) => `<${w}>` })('Sam, Sam Lee and Sam Rivera').text).toBe('<sam>, S. L. and S. R.');
  });

  it('leaves text without mentions as it was, and ignores words with no letter or digit', () => {
    const none = redactor({ people: [{ name: '...', aliases: ['-'], label: 'X' }], hideWords: ['  ', '.'], shared: () => '?' });
    expect(none('Nothing... to - hide.')).toEqual({ text: 'Nothing... to - hide.', marks: [] });
  });

  it('finds a word that begins with a sign where no word runs into it', () => {
    const handle = { name: 'Priya', aliases: ['@pree'], label: 'P.' };
    expect(redactor({ people: [handle], hideWords: [], shared: () => '?' })('ping @Pree, mail x@pree, (@PREE)').text).toBe('ping P., mail x@pree, (P.)');
  });

  it('matches a name written with combining accents as the same name', () => {
    const jose = { name: 'José', aliases: [], label: 'J.' };
    expect(redactor({ people: [jose], hideWords: [], shared: () => '?' })('Called Jose\u0301 today').text).toBe('Called J. today');
  });
});

// Letters whose upper and lower case map one to one, so a generated name has every casing.
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzáéíóúñçöüåæø');
const word = fc.string({ unit: letter, minLength: 3, maxLength: 8 });
const LABEL_WORDS = new Set(['friend', 'family', 'someone', 'hidden']);
const nameWord = word.filter((w) => !LABEL_WORDS.has(w));
const cased = (w: string, how: number) => (how === 0 ? w : how === 1 ? w.toUpperCase() : how === 2 ? w[0]!.toUpperCase() + w.slice(1) : [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''));

const journal = fc
  .record({
    people: fc.array(fc.record({ first: nameWord, last: fc.option(nameWord, { nil: undefined }), alias: fc.option(nameWord, { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
    hide: fc.array(nameWord, { maxLength: 2 }),
    filler: fc.array(fc.constantFrom('and', 'the', 'x', 'walked', 'with', 'I', '1'), { maxLength: 6 }),
  })
  .chain((j) => {
    const words = [...j.people.flatMap((p) => [p.first, ...(p.last ? [`${p.first} ${p.last}`] : []), ...(p.alias ? [p.alias] : [])]), ...j.hide];
    const mention = fc.record({
      word: fc.constantFrom(...words),
      how: fc.integer({ min: 0, max: 3 }),
      after: fc.constantFrom('', "'s", '’s', '.', ',', '!', '\n'),
      before: fc.constantFrom(' ', '(', '"', '\n', ' — '),
    });
    return fc.record({ j: fc.constant(j), parts: fc.array(fc.oneof(mention, fc.constantFrom(...j.filler, 'plain')), { maxLength: 20 }) });
  });

describe('redactor, property', () => {
  it('lets no name, first name, alias or hidden word survive in any casing or possessive', () => {
    fc.assert(
      fc.property(journal, ({ j, parts }) => {
        const people = j.people.map((p, i) => ({ name: p.last ? `${p.first} ${p.last}` : p.first, aliases: p.alias ? [p.alias] : [], label: `friend ${String.fromCharCode(65 + i)}` }));
        const text = parts.map((p) => (typeof p === 'string' ? ` ${p}` : `${p.before}${cased(p.word, p.how)}${p.after}`)).join('');
        const out = redactor({ people, hideWords: j.hide, shared: () => 'someone' })(text);
        // Independently of the matcher: split the output into words and look for every secret one.
        const tokens = out.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        const secrets = [...j.people.flatMap((p) => [p.first, ...(p.alias ? [p.alias] : [])]), ...j.hide];
        for (const s of secrets) expect(tokens).not.toContain(s.toLowerCase());
        for (const [start, end] of out.marks) expect(out.text.slice(start, end)).toMatch(/^(friend [A-Z]|someone|\[hidden\])$/);
      }),
      { numRuns: 200 },
    );
  });
});
