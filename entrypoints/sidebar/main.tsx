import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/palette.css';
import '../../components/sidebar/sidebar.css';
import { isPageKind } from '../../lib/domain/constants';
import { parseLayout } from '../../lib/present/sidebar-frame';
import { SidebarPage } from './SidebarPage';

// Set by the content script when it mounts this page (see entrypoints/content/mount-sidebar.ts).
const params = new URLSearchParams(location.search);
const caseId = params.get('case') ?? '';
const kind = params.get('kind');
const initialLayout = parseLayout({
  collapsed: params.get('collapsed') === '1',
  width: params.has('width') ? Number(params.get('width')) : undefined,
});
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {caseId ? (
        <SidebarPage
          caseId={caseId}
          pageKind={isPageKind(kind) ? kind : undefined}
          hostOrigin={params.get('host') ?? ''}
          initialLayout={initialLayout}
        />
      ) : (
        <main aria-label="Core Group Lens">
          <h1>Core Group Lens</h1>
          <p role="alert">No case was named for this sidebar.</p>
        </main>
      )}
    </StrictMode>,
  );
}
