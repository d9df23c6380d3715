/**
 * True when a stored case view includes one page's read: the view lists that page as checked at
 * or after the read's time. The store moves a page's `checkedAt` in the same transaction as it
 * stores the read, so a view with it was read after that read was stored.
 */
export function viewIncludesRead(
  view: { pages: readonly { path: string; checkedAt: string }[] } | null | undefined,
  read: { path: string; readAt: string | number },
): boolean {
  const readAt = typeof read.readAt === 'number' ? read.readAt : Date.parse(read.readAt);
  if (!Number.isFinite(readAt)) return false;
  const page = view?.pages.find((p) => p.path === read.path);
  return page !== undefined && Date.parse(page.checkedAt) >= readAt;
}
