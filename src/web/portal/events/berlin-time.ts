/** Events are entered on Berlin's wall clock; the API takes instants with their offset. */
const timeZone = "Europe/Berlin";

function berlinOffsetMinutes(instant: Date): number {
  const name =
    new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** "2027-03-28" + "18:00" (Berlin) → "2027-03-28T18:00:00+02:00"; null while either is missing or malformed. */
export function toBerlinInstant(date: string, time: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const wallClock = Date.UTC(
    Number(dateMatch[1]),
    Number(dateMatch[2]) - 1,
    Number(dateMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
  );
  // The offset at the instant itself: a first guess with the offset at wall-clock time, then corrected.
  const firstGuess = berlinOffsetMinutes(new Date(wallClock));
  const offset = berlinOffsetMinutes(new Date(wallClock - firstGuess * 60_000));
  const sign = offset < 0 ? "-" : "+";
  return `${date}T${time}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** An instant as Berlin date ("YYYY-MM-DD") and time ("HH:MM") for the inputs. */
export function toBerlinDateAndTime(instant: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}
