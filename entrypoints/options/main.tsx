import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/palette.css';
import '../../components/options/options.css';
import { DELETED_EVERYTHING, OptionsPage } from './OptionsPage';

// Said once: the query is dropped so a later reload does not repeat it.
const done = new URLSearchParams(location.search).get('done');
if (done) history.replaceState(null, '', location.pathname);
const pageNotice =
  done === DELETED_EVERYTHING
    ? 'Everything Core Group Lens stored on this computer has been deleted.'
    : undefined;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage pageNotice={pageNotice} />
    </StrictMode>,
  );
}
