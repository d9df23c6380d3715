import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/sidebar/sidebar.css';
import { SidebarPage } from './SidebarPage';

const params = new URLSearchParams(location.search);
const caseId = params.get('case') ?? '';
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {caseId ? (
        <SidebarPage caseId={caseId} />
      ) : (
        <p role="alert">No case was named for this sidebar.</p>
      )}
    </StrictMode>,
  );
}
