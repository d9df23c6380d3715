/**
 * Items paired with keys unique within the list: the item's own key, with `#2`, `#3`… added
 * for repeats (two unread values can look the same), so a list never relies on position alone.
 */
export function withUniqueKeys<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): { key: string; item: T }[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = keyOf(item);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
    used.add(key);
    return { key, item };
  });
}
