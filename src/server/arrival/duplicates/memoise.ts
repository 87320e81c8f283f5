/**
 * Remembers the results of a pure function of one string. Names repeat: a duplicate search scores
 * two hundred candidates whose spellings are mostly the same few dozen names, and transliteration
 * is the costly part. The memory is bounded: when full it starts afresh.
 */
export function memoise(compute: (text: string) => string, maxEntries = 50_000): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined) return known;
    if (results.size >= maxEntries) results.clear();
    const result = compute(text);
    results.set(text, result);
    return result;
  };
}
