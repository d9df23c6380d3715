/**
 * The demo's case pages as its server lists them (`/__demo/cases.json`): each case's pages, its
 * summary first. The benchmarks open the first of each (the sidebar on a typical page) or all.
 */
export async function demoPagesByCase(baseUrl: string): Promise<string[][]> {
  const index = (await (await fetch(`${baseUrl}/__demo/cases.json`)).json()) as {
    cases: { pages: string[] }[];
  };
  return index.cases.map((c) => c.pages);
}

/** The first page of each case. */
export function firstPageOfEach(byCase: readonly string[][]): string[] {
  return byCase.map((pages) => pages[0]).filter((u): u is string => !!u);
}
