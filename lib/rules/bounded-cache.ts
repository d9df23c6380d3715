/**
 * A map that empties itself when it reaches `limit` entries. The rules' caches are keyed by
 * dates, which are few (a case spans months, a caseload a few years), so the limit is never
 * reached in use; it is there so that no input, however odd, can make a cache grow without end.
 * Emptying (not evicting one by one) keeps every lookup a single `Map.get`.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
