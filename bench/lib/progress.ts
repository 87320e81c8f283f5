/**
 * A progress callback that prints at most every tenth of the way (and at the end), so a long
 * generation shows it is alive without flooding a CI log.
 */
export function createProgressPrinter(label: string, write: (line: string) => void) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    write(`  ${label}: ${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")}`);
  };
}
