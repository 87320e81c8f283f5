import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

type THandler = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 for the import tests: paths answered by handlers, requests counted. */
export type TCalendarServer = {
  /** The address of a path on this server. */
  urlOf(path: string): string;
  /** From now on the path is answered by the handler. */
  handle(path: string, handler: THandler): void;
  /** How many requests reached the path so far. */
  hitsOf(path: string): number;
  close(): Promise<void>;
};

export async function startCalendarServer(): Promise<TCalendarServer> {
  const handlers = new Map<string, THandler>();
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? "";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = handlers.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("calendar server has no port");
  return {
    urlOf: (path) => `http://127.0.0.1:${address.port}${path}`,
    handle: (path, handler) => handlers.set(path, handler),
    hitsOf: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with the text as it is, by default as a calendar. */
export const serveText =
  (text: string | Buffer, contentType = "text/calendar; charset=utf-8"): THandler =>
  (_request, response) => {
    response.writeHead(200, { "content-type": contentType }).end(text);
  };
