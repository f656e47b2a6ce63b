import type { BroadcastMap } from './protocol';

type Envelope<K extends keyof BroadcastMap = keyof BroadcastMap> = { type: K; payload: BroadcastMap[K] };

export interface Broadcaster {
  send<K extends keyof BroadcastMap>(type: K, payload: BroadcastMap[K]): void;
  /** Calls `listener` for each broadcast of `type` from another page; returns an unsubscribe. */
  on<K extends keyof BroadcastMap>(type: K, listener: (payload: BroadcastMap[K]) => void): () => void;
  close(): void;
}

/**
 * The typed broadcast between extension pages on one library (the popup, library tabs), over a
 * BroadcastChannel: it reaches every other page of the extension's origin, and none of the web's. Where
 * there is none (an old test environment) it is silent.
 */
export function broadcaster(name: string): Broadcaster {
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`gaoku:${name}`);
  return {
    send(type, payload) {
      channel?.postMessage({ type, payload } satisfies Envelope);
    },
    on(type, listener) {
      const handle = (e: MessageEvent) => {
        const m = e.data as Partial<Envelope> | undefined;
        if (m && m.type === type) listener(m.payload as BroadcastMap[typeof type]);
      };
      channel?.addEventListener('message', handle);
      return () => channel?.removeEventListener('message', handle);
    },
    close() {
      channel?.close();
    },
  };
}
