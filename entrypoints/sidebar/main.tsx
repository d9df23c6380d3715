import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/palette.css';
import '../../components/sidebar/sidebar.css';
import { isPageKind } from '../../lib/domain/constants';
import { parseLayout } from '../../lib/present/sidebar-frame';
import { SidebarPage } from './SidebarPage';
import { firstAnswerReady } from './use-sidebar-data';

// Set by the content script when it mounts this page (see entrypoints/content/mount-sidebar.ts).
const params = new URLSearchParams(location.search);
const caseId = params.get('case') ?? '';
const kind = params.get('kind');
const initialLayout = parseLayout({
  collapsed: params.get('collapsed') === '1',
  width: params.has('width') ? Number(params.get('width')) : undefined,
});
/**
 * How long the first render waits for the first answer (asked before this module ran:
 * first-ask.ts). Rendered "loading" first, the frame's thread renders twice, and the render of
 * the case waits behind the first (traced: 5-17 ms of the first paint, issue 8); a frame still
 * blank this long after its scripts ran shows that it is loading.
 */
const FIRST_ANSWER_WAIT_MS = 100;

const root = document.getElementById('root');
const firstRender = Promise.race([
  firstAnswerReady(),
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_ANSWER_WAIT_MS)),
]);
void firstRender.then(() => {
  if (!root) return;
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
});
