/**
 * A set of row or column indexes kept as sorted, disjoint, inclusive intervals: hiding rows 2 to 1,048,576 is one
 * interval, not a million entries.
 */
export class LineSet {
  #spans: [number, number][] = [];

  /** Add (or with `on` false, remove) every index from `from` to `to`, inclusive. */
  set(from: number, to: number, on: boolean): void {
    const kept: [number, number][] = [];
    for (const [a, b] of this.#spans) {
      if (b < from || a > to) kept.push([a, b]);
      else {
        if (a < from) kept.push([a, from - 1]);
        if (b > to) kept.push([to + 1, b]);
      }
    }
    if (on) kept.push([from, to]);
    kept.sort((x, y) => x[0] - y[0]);
    // Merge touching spans, so that equal sets have equal spans.
    const merged: [number, number][] = [];
    for (const s of kept) {
      const last = merged[merged.length - 1];
      if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    }
    this.#spans = merged;
  }

  has(i: number): boolean {
    return this.#spans.some(([a, b]) => a <= i && i <= b);
  }

  /** How many of the indexes from `from` to `to` are in the set. */
  countIn(from: number, to: number): number {
    let n = 0;
    for (const [a, b] of this.#spans) n += Math.max(0, Math.min(b, to) - Math.max(a, from) + 1);
    return n;
  }

  /** The intervals, in order (copies). */
  spans(): [number, number][] {
    return this.#spans.map(([a, b]) => [a, b]);
  }

  get size(): number {
    return this.#spans.reduce((n, [a, b]) => n + b - a + 1, 0);
  }
}
