const berlinParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsOf(instant: Date): Record<string, string> {
  return Object.fromEntries(berlinParts.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** Europe/Berlin's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: Date): number {
  const parts = partsOf(instant);
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock date and time in Europe/Berlin (2025-07-01, 10:00) as an ISO instant
 * (2025-07-01T08:00:00.000Z); null for a date or time that does not exist. A time skipped when the
 * clocks go forward resolves to the offset before the change.
 */
export function berlinLocalToIso(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day, hour, minute] = [...dateMatch.slice(1), ...timeMatch.slice(1)].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const firstGuess = wallClock - berlinOffsetMinutes(new Date(wallClock)) * 60_000;
  const instant = wallClock - berlinOffsetMinutes(new Date(firstGuess)) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as its wall-clock date and time in Europe/Berlin, for date and time inputs. */
export function isoToBerlinLocal(iso: string): { date: string; time: string } {
  const parts = partsOf(new Date(iso));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
