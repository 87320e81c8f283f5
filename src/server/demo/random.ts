/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32). Demo data must be the same
 * for the same seed on every machine, so nothing here may touch Math.random or the clock.
 */
export type TRandom = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  isChance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A version 4 UUID made from the generator's bits. */
  uuid(): string;
};

function createSplitMix32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function toHex(word: number): string {
  return (word >>> 0).toString(16).padStart(8, "0");
}

export function createRandom(seed: number): TRandom {
  const seedWords = createSplitMix32(seed);
  let a = seedWords();
  let b = seedWords();
  let c = seedWords();
  let d = seedWords();
  const nextUint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that nearby seeds do not start with correlated outputs.
  for (let round = 0; round < 12; round++) nextUint32();

  const next = () => nextUint32() / 4_294_967_296;
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    isChance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    uuid() {
      const first = toHex(nextUint32());
      const second = (nextUint32() & 0xffff0fff) | 0x00004000;
      const third = ((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
      const fourth = toHex(nextUint32());
      const secondHex = toHex(second >>> 0);
      const thirdHex = toHex(third);
      return `${first}-${secondHex.slice(0, 4)}-${secondHex.slice(4)}-${thirdHex.slice(0, 4)}-${thirdHex.slice(4)}${fourth}`;
    },
  };
}

/** Picks items by relative weight in O(log n); weights need not sum to anything in particular. */
export function createWeightedPicker<T>(entries: readonly (readonly [T, number])[]): (random: TRandom) => T {
  const items: T[] = [];
  const thresholds: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    items.push(item);
    thresholds.push(total);
  }
  if (items.length === 0) throw new Error("a weighted pick needs at least one positive weight");
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = thresholds.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((thresholds[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
}
