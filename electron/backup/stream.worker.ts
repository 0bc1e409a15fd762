// The stream worker's thread (see ./stream-worker.ts): runs init, push and pull of the secretstream
// on the byte buffers it is handed, and knows nothing of the format.
import { loadSodium, type Sodium } from '../vault/sodium';
import { threadPort } from '../threads/thread-port';
import type { StreamProtocol, StreamRequest } from './stream-protocol';

/** Long enough for V8 to tier the stream up; shorter than the ~300 ms of the fastest accepted KDF, less start-up. */
const WARM_UP_MS = 150;

type State = ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>;

const thread = threadPort<StreamProtocol>();
const { chunkBytes, adBytes } = thread.data;

// While Argon2 holds the other core, run the stream both ways so that the JIT has compiled it
// (WebAssembly and JavaScript alike) before the real chunks arrive. In slices, so that work which
// arrives early ends it: warming up further would only delay that work.
let working = false;
const warm = loadSodium().then(
  (sodium) =>
    new Promise<Sodium>((resolve) => {
      const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
      const chunk = new Uint8Array(chunkBytes);
      const ad = new Uint8Array(adBytes);
      const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
      const pullState = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header, key);
      const until = performance.now() + WARM_UP_MS;
      const slice = () => {
        const end = Math.min(until, performance.now() + 10);
        while (performance.now() < end) {
          const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, ad, 0);
          sodium.crypto_secretstream_xchacha20poly1305_pull(pullState, sealed, ad);
        }
        if (!working && performance.now() < until) {
          setImmediate(slice);
          return;
        }
        thread.post({ type: 'ready' });
        resolve(sodium);
      };
      slice();
    }),
);

let state: State | null = null;
let ad: Uint8Array = new Uint8Array(0);

function handle(sodium: Sodium, request: StreamRequest): void {
  switch (request.type) {
    case 'init-push': {
      const pushing = sodium.crypto_secretstream_xchacha20poly1305_init_push(request.key);
      request.key.fill(0);
      state = pushing.state;
      ad = request.ad;
      thread.post({ type: 'header', header: pushing.header }, [pushing.header.buffer as ArrayBuffer]);
      return;
    }
    case 'init-pull':
      state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(request.header, request.key);
      request.key.fill(0);
      ad = request.ad;
      return;
    case 'push': {
      const out = request.chunks.map((chunk, i) => sodium.crypto_secretstream_xchacha20poly1305_push(state!, chunk, ad, request.tags[i]!));
      const spent = request.chunks[0]!.buffer as ArrayBuffer;
      new Uint8Array(spent).fill(0);
      thread.post({ type: 'pushed', out, spent }, [...out.map((c) => c.buffer as ArrayBuffer), spent]);
      return;
    }
    case 'pull': {
      const out = request.chunks.map((chunk) => sodium.crypto_secretstream_xchacha20poly1305_pull(state!, chunk, ad) || null);
      thread.post({ type: 'pulled', out }, out.flatMap((o) => (o ? [o.message.buffer as ArrayBuffer] : [])));
      return;
    }
    default:
      request satisfies never;
  }
}

thread.onMessage((request) => {
  working = true;
  void warm.then((sodium) => handle(sodium, request));
});
