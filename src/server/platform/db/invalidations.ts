import pg from "pg";

/**
 * The one channel on which database triggers announce changes that in-process caches must drop
 * (migrations/0007_session_cache_invalidation.sql). A payload is `<topic>:<key>`, and key `*` means
 * every entry of that topic.
 */
export const invalidationChannel = "kommmit_invalidate";

export type TInvalidationListener = {
  /** One key of the topic changed ("*": all of them). */
  onInvalidate(key: string): void;
  /** Changes may have gone unheard (the listening connection broke or came back): drop everything. */
  onReset(): void;
};

export type TInvalidations = {
  /**
   * Whether every change committed from now on will be heard. A cache may keep entries only while
   * this holds; until then it must ask the database each time.
   */
  isListening(): boolean;
  subscribe(topic: string, listener: TInvalidationListener): () => void;
  /** Makes a pooled connection listen too, so the process hears its own commits before they return. */
  listenOn(client: pg.ClientBase): Promise<void>;
  close(): Promise<void>;
};

type TListenerMode =
  /** Embedded: the process owns the database and every change passes through its pool, which listens. */
  | { kind: "in-process" }
  /** Server: other processes may write, so a dedicated connection listens and reconnects when it breaks. */
  | { kind: "server"; url: string; onError: (error: Error) => void };

const reconnectDelaysMs = [100, 500, 1000, 2000, 5000];

export function createInvalidations(mode: TListenerMode): TInvalidations {
  const listeners = new Map<string, Set<TInvalidationListener>>();
  let isDedicatedListening = false;
  let isStarted = false;
  let isClosed = false;
  let dedicated: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const forEachListener = (topic: string | undefined, call: (listener: TInvalidationListener) => void) => {
    for (const [listenerTopic, set] of listeners) {
      if (topic === undefined || topic === listenerTopic) for (const listener of set) call(listener);
    }
  };

  const deliver = (message: pg.Notification) => {
    if (message.channel !== invalidationChannel || message.payload === undefined) return;
    const separator = message.payload.indexOf(":");
    if (separator < 0) return;
    const key = message.payload.slice(separator + 1);
    forEachListener(message.payload.slice(0, separator), (listener) => listener.onInvalidate(key));
  };

  const reset = () => forEachListener(undefined, (listener) => listener.onReset());

  async function listenOn(client: pg.ClientBase): Promise<void> {
    client.on("notification", deliver);
    await client.query(`listen ${invalidationChannel}`);
  }

  function connectDedicated(url: string, onError: (error: Error) => void) {
    const client = new pg.Client({ connectionString: url, application_name: "kommmit-invalidations" });
    dedicated = client;
    const lose = (error: Error | undefined) => {
      if (dedicated !== client) return;
      dedicated = undefined;
      isDedicatedListening = false;
      reset();
      if (error) onError(error);
      client.end().catch(() => undefined);
      if (isClosed) return;
      const delay = reconnectDelaysMs[Math.min(failures, reconnectDelaysMs.length - 1)];
      failures += 1;
      reconnectTimer = setTimeout(() => connectDedicated(url, onError), delay);
      reconnectTimer.unref();
    };
    client.on("error", lose);
    client.on("end", () => lose(undefined));
    client
      .connect()
      .then(() => listenOn(client))
      .then(() => {
        if (dedicated !== client) return;
        failures = 0;
        // Whatever changed while nobody listened is unknown: start from empty caches.
        reset();
        isDedicatedListening = true;
      })
      .catch(lose);
  }

  return {
    isListening: () => !isClosed && (mode.kind === "in-process" || isDedicatedListening),
    subscribe(topic, listener) {
      if (mode.kind === "server" && !isStarted && !isClosed) {
        isStarted = true;
        connectDedicated(mode.url, mode.onError);
      }
      const set = listeners.get(topic) ?? new Set();
      set.add(listener);
      listeners.set(topic, set);
      return () => set.delete(listener);
    },
    listenOn,
    async close() {
      isClosed = true;
      clearTimeout(reconnectTimer);
      const client = dedicated;
      dedicated = undefined;
      isDedicatedListening = false;
      reset();
      await client?.end().catch(() => undefined);
    },
  };
}
