import type { ReactNode } from 'react';

/** The page frame: what the page is, where its data comes from, and anything that went wrong. */
export function DashboardShell({
  problems,
  children,
}: {
  problems: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="dashboard">
      <header className="dashboard-header no-print">
        <p className="dashboard-brand">Core Group Lens</p>
        <p className="sidebar-meta">
          Everything here was read locally, on this computer, from the case system pages you opened.
          The case system remains the record.
        </p>
      </header>
      {problems.length > 0 ? (
        <div className="notice problems" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <main className="dashboard-main">{children}</main>
    </div>
  );
}
