import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxCalendarBytes } from "../../../../common/portal/event-import-schemas.js";
import { calendarOf, timedEvent } from "./calendar-fixtures.js";
import { serveText, startCalendarServer, type TCalendarServer } from "./calendar-server.js";
import { checkCalendarUrl, fetchCalendar } from "./fetch-calendar.js";
import { isPrivateAddress } from "./private-addresses.js";

let server: TCalendarServer;
const calendar = calendarOf(timedEvent("fetch@example.org"));
const allowed = { allowPrivateHosts: true };

beforeAll(async () => {
  server = await startCalendarServer();
  server.handle("/k.ics", serveText(calendar));
  server.handle("/moved", (_request, response) => response.writeHead(302, { location: "/k.ics" }).end());
  server.handle("/loop", (_request, response) => response.writeHead(301, { location: "/loop" }).end());
  server.handle("/to-ftp", (_request, response) =>
    response.writeHead(302, { location: "ftp://example.org/k.ics" }).end(),
  );
  server.handle("/broken", (_request, response) => response.writeHead(500).end("oops"));
  server.handle("/silent", () => undefined);
  server.handle("/slow-body", (_request, response) => {
    response.writeHead(200, { "content-type": "text/calendar" });
    response.write("BEGIN:VCALENDAR\r\n");
  });
  server.handle("/large-declared", (_request, response) => {
    response.writeHead(200, { "content-type": "text/calendar", "content-length": String(maxCalendarBytes + 1) });
    response.write("BEGIN:VCALENDAR\r\n");
  });
  server.handle("/large-streamed", (_request, response) => {
    response.writeHead(200, { "content-type": "text/calendar" });
    response.end(Buffer.alloc(4096, "x"));
  });
});
afterAll(() => server.close());

const problemAt = (code: string) => ({ violations: [{ pointer: "/body/url", code }] });

describe("checking a calendar URL", () => {
  it("takes http and https and refuses other schemes, nonsense and credentials", () => {
    expect(checkCalendarUrl("https://example.org/k.ics").host).toBe("example.org");
    expect(checkCalendarUrl("http://example.org:8080/k.ics").port).toBe("8080");
    for (const text of ["example.org/k.ics", "ftp://example.org/k.ics", "file:///etc/passwd", "javascript:alert(1)"]) {
      expect(() => checkCalendarUrl(text)).toThrow(
        expect.objectContaining(problemAt("portal_event_import_url_invalid")),
      );
    }
    expect(() => checkCalendarUrl("https://user:secret@example.org/k.ics")).toThrow(
      expect.objectContaining(problemAt("portal_event_import_url_credentials")),
    );
  });

  it("knows loopback, private, link-local and IPv4-mapped addresses from public ones", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:a00:1", "not an address"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2a00:1450:4001:82a::200e", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});

describe("fetching a calendar", () => {
  it("refuses loopback addresses and names that resolve to them unless private hosts are allowed", async () => {
    const denied = { allowPrivateHosts: false };
    await expect(fetchCalendar(server.urlOf("/k.ics"), denied)).rejects.toMatchObject(
      problemAt("portal_event_import_url_private"),
    );
    await expect(fetchCalendar(server.urlOf("/k.ics").replace("127.0.0.1", "[::1]"), denied)).rejects.toMatchObject(
      problemAt("portal_event_import_url_private"),
    );
    await expect(fetchCalendar(server.urlOf("/k.ics").replace("127.0.0.1", "localhost"), denied)).rejects.toMatchObject(
      problemAt("portal_event_import_url_private"),
    );
    expect(server.hitsOf("/k.ics")).toBe(0);
    expect((await fetchCalendar(server.urlOf("/k.ics"), allowed)).toString("utf8")).toBe(calendar);
    expect(server.hitsOf("/k.ics")).toBe(1);
  });

  it("follows redirects, but not endlessly and not to other schemes", async () => {
    expect((await fetchCalendar(server.urlOf("/moved"), allowed)).toString("utf8")).toBe(calendar);
    await expect(fetchCalendar(server.urlOf("/loop"), allowed)).rejects.toMatchObject(
      problemAt("portal_event_import_url_unreachable"),
    );
    expect(server.hitsOf("/loop")).toBe(6);
    await expect(fetchCalendar(server.urlOf("/to-ftp"), allowed)).rejects.toMatchObject(
      problemAt("portal_event_import_url_invalid"),
    );
  });

  it("reports error answers, missing pages and closed ports as unreachable", async () => {
    for (const path of ["/broken", "/missing"]) {
      await expect(fetchCalendar(server.urlOf(path), allowed)).rejects.toMatchObject(
        problemAt("portal_event_import_url_unreachable"),
      );
    }
    await expect(fetchCalendar("http://127.0.0.1:1/k.ics", allowed)).rejects.toMatchObject(
      problemAt("portal_event_import_url_unreachable"),
    );
  });

  it("gives up after the timeout, before the answer and while the body is still coming", async () => {
    for (const path of ["/silent", "/slow-body"]) {
      const started = Date.now();
      await expect(fetchCalendar(server.urlOf(path), { ...allowed, timeoutMs: 300 })).rejects.toMatchObject(
        problemAt("portal_event_import_url_timeout"),
      );
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it("refuses a calendar larger than the limit, declared or counted while it streams", async () => {
    await expect(fetchCalendar(server.urlOf("/large-declared"), allowed)).rejects.toMatchObject(
      problemAt("portal_event_import_too_large"),
    );
    await expect(fetchCalendar(server.urlOf("/large-streamed"), { ...allowed, maxBytes: 4095 })).rejects.toMatchObject(
      problemAt("portal_event_import_too_large"),
    );
    expect(await fetchCalendar(server.urlOf("/large-streamed"), { ...allowed, maxBytes: 4096 })).toHaveLength(4096);
  });
});
