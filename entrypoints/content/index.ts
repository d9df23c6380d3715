import { readPage } from '../../lib/extract';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import { HOST_MATCHES } from '../../lib/hosts';
import { mountSidebar } from './mount-sidebar';
import { sendPageRead } from './send-page-read';

/**
 * Marks the page once the extension has decided what it is, so the tests, the demo and the
 * benchmarks can wait for that state instead of sleeping. It carries no case data.
 */
function markDecision(decision: 'case-page' | 'not-a-case-page') {
  document.documentElement.dataset.coreGroupLens = decision;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const result = readPage(document, new URL(location.href), BUILT_IN_PROFILES);
    if (result.kind !== 'case-page') {
      markDecision('not-a-case-page');
      return;
    }
    await sendPageRead(result.read);
    if (ctx.isInvalid) return;
    mountSidebar(ctx, result.read.caseId, result.read.path);
    markDecision('case-page');
  },
});
