// The unlock worker's thread (see ./unlock-worker.ts): opens chunks of records with a RecordOpener,
// as the main thread does, claiming them from the shared counter until none are left,
// and scans each entry's search text with the same code as the search index, so that the main
// thread, which parses and files every record, has less to do. The search text is read from the
// entry's JSON without parsing it (entry-json.ts); only a record that reader leaves is parsed here.
import { entrySearchText } from '../../shared/search/entry-json';
import { TextScanner, scanEntry } from '../../shared/search/text-scan';
import { deriveSubkeys, FORMAT_VERSION, PAD_BLOCK, type SealedRecord } from './record-cipher';
import { RecordOpener } from './record-opener';
import { loadSodium, type Sodium } from './sodium';
import { threadPort } from '../threads/thread-port';
import { CHUNK_RECORDS, NEXT, POSTED, type OpenedTexts, type UnlockProtocol } from './unlock-protocol';

/** Long enough for V8 to tier the loop up; shorter than the ~300 ms of the fastest accepted KDF. */
const WARM_UP_MS = 200;

const thread = threadPort<UnlockProtocol>();
const { control, ids, kinds, formats, schemas, bytes, nonceEnds, ends, port } = thread.data;
const chunks = Math.ceil(ids.length / CHUNK_RECORDS);
let dataKey: Uint8Array | null = null;
const keyed = thread.next().then((request) => (dataKey = request.dataKey));

// While Argon2 holds the other core, exercise the decryption path so the JIT has compiled it
// (WebAssembly and JavaScript alike) before the key arrives; in slices, so that an early key ends it.
void loadSodium().then((sodium) => {
  const key = sodium.randombytes_buf(32);
  const nonce = sodium.randombytes_buf(24);
  const record: SealedRecord = {
    id: 'warm-up',
    kind: 'entry',
    format: FORMAT_VERSION,
    schema: 1,
    nonce,
    box: sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      sodium.pad(new Uint8Array(900), PAD_BLOCK),
      `hearth:${FORMAT_VERSION}:entry:warm-up:1`,
      null,
      nonce,
      key,
    ),
  };
  const opener = new RecordOpener(sodium, { entry: key }, FORMAT_VERSION, PAD_BLOCK);
  key.fill(0);
  const until = performance.now() + WARM_UP_MS;
  const slice = () => {
    const end = Math.min(until, performance.now() + 5);
    while (dataKey === null && performance.now() < end) opener.open(record);
    if (dataKey === null && performance.now() < until) {
      setImmediate(slice);
      return;
    }
    opener.wipe();
    // Warm, or the key is here: from now on the thread sleeps until it has work.
    void keyed.then((key) => work(sodium, key));
  };
  slice();
});

function work(sodium: Sodium, key: Uint8Array): void {
  const subkeys = deriveSubkeys(sodium, key);
  key.fill(0);
  const opener = new RecordOpener(sodium, subkeys, FORMAT_VERSION, PAD_BLOCK);
  for (const subkey of Object.values(subkeys)) subkey.fill(0);
  const scanner = new TextScanner();
  for (let chunk = Atomics.add(control, NEXT, 1); chunk < chunks; chunk = Atomics.add(control, NEXT, 1)) {
    const texts: string[] = [];
    for (let i = chunk * CHUNK_RECORDS; i < Math.min(ids.length, (chunk + 1) * CHUNK_RECORDS); i++) {
      const start = i === 0 ? 0 : ends[i - 1]!;
      const record: SealedRecord = {
        id: ids[i]!,
        kind: kinds[i]!,
        format: formats[i]!,
        schema: schemas[i]!,
        nonce: bytes.subarray(start, nonceEnds[i]),
        box: bytes.subarray(nonceEnds[i], ends[i]),
      };
      const text = opener.open(record);
      texts.push(text ?? '');
      const search = record.kind === 'entry' && text !== null ? entrySearchText(text) : null;
      if (search !== null) scanner.scan(search);
      else scanEntry(scanner, record.kind, parsedOrNull(text));
    }
    const scans = scanner.take();
    const opened: OpenedTexts = { type: 'opened', chunk, texts: texts.join('\u0000'), scans };
    port.postMessage(opened, [scans.marks.buffer, scans.ids.buffer, scans.dictionary.buffer]);
    Atomics.add(control, POSTED, 1);
    Atomics.notify(control, POSTED);
  }
  opener.wipe();
}

/** The record's JSON parsed, or null when it did not open or is not JSON (the entry is then left for the main thread). */
function parsedOrNull(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
