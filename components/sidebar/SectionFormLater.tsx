import { lazy, Suspense } from 'react';
import type { SectionFormProps } from './MeetingSectionForms';

type FormsModule = typeof import('./MeetingSectionForms');

/**
 * The last core group's entry forms, loaded only when wanted: no form is open when the sidebar
 * first shows a case, and their code (with the list editor's) is parse and run time before that
 * first paint, and bytes of the sidebar's 120 KB budget (issue 8). `preloadSectionForms` fetches
 * them once the case is on screen, so a worker who opens a form does not wait for it.
 */
let loaded: FormsModule | undefined;
let loading: Promise<FormsModule> | undefined;

export function preloadSectionForms(): Promise<FormsModule> {
  loading ??= import('./MeetingSectionForms').then((forms) => {
    loaded = forms;
    return forms;
  });
  return loading;
}

const LazySectionForm = lazy(() =>
  preloadSectionForms().then((forms) => ({ default: forms.SectionForm })),
);

export function SectionFormLater(props: SectionFormProps) {
  if (loaded) return <loaded.SectionForm {...props} />;
  return (
    <Suspense fallback={<p role="status">Opening the form…</p>}>
      <LazySectionForm {...props} />
    </Suspense>
  );
}
