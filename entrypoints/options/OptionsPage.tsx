import { useState } from 'react';
import { type OptionsOutcomes, OptionsView } from '../../components/options/OptionsView';
import { IDLE, type Outcome } from '../../components/options/outcome';
import {
  deletedCaseWords,
  exportedWords,
  failed,
  importedWords,
  purgedWords,
} from '../../components/options/outcome-words';
import { todayInLondon } from '../../lib/rules/calendar';
import { importData, MAX_IMPORT_CHARS, type PurgeOutcome, type Settings } from '../../lib/store';
import { exportFile } from './export-file';
import { expectDeletion, optionsDb } from './options-db';
import { readChosenFile } from './read-chosen-file';
import { SiteProfilesPanel } from './SiteProfilesPanel';
import { safeFilePart, saveFile } from './save-json-file';
import { sendCommand } from './send-command';
import { useRetention } from './use-retention';
import { useStorageStatus } from './use-storage-status';
import { useStoredData } from './use-stored-data';

const AUDIT_LIMIT = 50;
/** The query the page reloads with after "delete everything", to say it was done. */
export const DELETED_EVERYTHING = 'deleted-everything';

const NO_OUTCOMES: OptionsOutcomes = {
  retention: IDLE,
  purge: IDLE,
  deleteCase: IDLE,
  deleteEverything: IDLE,
  exportData: IDLE,
  importData: IDLE,
};

const working = (message: string): Outcome => ({ kind: 'working', message });
const joinErrors = (...errors: (string | undefined)[]) =>
  errors.filter(Boolean).join(' ') || undefined;
const done = (message: string): Outcome => ({ kind: 'done', message });

/**
 * Wires the options page: reads come from the database (live), every change but export and
 * import is a command to the background, and each answer becomes words next to the control that
 * asked. Export and import run here, on this page's own connection to the database (the store
 * logs both in the same transaction): a caseload's file is too large for one runtime message.
 */
export function OptionsPage({ pageNotice }: { pageNotice?: string }) {
  const [refresh, setRefresh] = useState(0);
  const [outcomes, setOutcomes] = useState(NO_OUTCOMES);
  const data = useStoredData(AUDIT_LIMIT, refresh);
  const retention = useRetention(data.retentionDays);
  const storage = useStorageStatus(`${refresh}:${data.cases?.length}:${data.audit?.[0]?.id}`);
  const show = (key: keyof OptionsOutcomes, outcome: Outcome) =>
    setOutcomes((current) => ({ ...current, [key]: outcome }));

  const onSaveRetention = async (days: number) => {
    show('retention', working('Saving…'));
    const answer = await sendCommand<Settings>({
      type: 'put-settings',
      patch: { retentionDays: days },
    });
    show(
      'retention',
      answer.ok
        ? done(
            `Saved: a case is kept for ${answer.value.retentionDays} days after it was last ` +
              'used or its plan ended.',
          )
        : failed(answer.error),
    );
  };

  const onPurgeNow = async () => {
    show('purge', working('Deleting expired cases…'));
    const answer = await sendCommand<PurgeOutcome>({ type: 'purge-expired' });
    show('purge', answer.ok ? done(purgedWords(answer.value)) : failed(answer.error));
  };

  const onDeleteCase = async (caseId: string) => {
    show('deleteCase', working(`Deleting case ${caseId}…`));
    const answer = await sendCommand<{ found: boolean }>({ type: 'delete-case', caseId });
    show(
      'deleteCase',
      answer.ok ? done(deletedCaseWords(caseId, answer.value)) : failed(answer.error),
    );
  };

  const onDeleteEverything = async (confirm: 'DELETE') => {
    show('deleteEverything', working('Deleting everything…'));
    expectDeletion(true);
    const answer = await sendCommand({ type: 'delete-everything', confirm });
    if (answer.ok) {
      // The database this page had open is gone: start again from a fresh page, and say why.
      location.replace(`${location.pathname}?done=${DELETED_EVERYTHING}`);
      return;
    }
    expectDeletion(false);
    setRefresh((n) => n + 1);
    show('deleteEverything', failed(answer.error));
  };

  const onExport = async (caseId?: string) => {
    show('exportData', working('Preparing the file…'));
    const made = await exportFile(optionsDb, caseId, new Date());
    if (!made.ok) {
      show('exportData', failed(made.error));
      return;
    }
    const today = todayInLondon(new Date());
    const fileName =
      caseId === undefined
        ? `core-group-lens-all-${today}.json`
        : `core-group-lens-case-${safeFilePart(caseId)}-${today}.json`;
    saveFile(made.value.file, fileName);
    show('exportData', done(exportedWords(fileName, made.value.cases)));
  };

  const onImport = async (file: File) => {
    const notRead = (message: string) =>
      show('importData', failed({ code: 'invalid-import', message: `${file.name} ${message}` }));
    show('importData', working(`Checking ${file.name}…`));
    const chosen = await readChosenFile(file, MAX_IMPORT_CHARS);
    if (!chosen.ok) {
      notRead(
        chosen.reason === 'too-large'
          ? 'was not imported, and nothing from it was stored: it is too large to be a Core Group Lens export.'
          : 'could not be read, so nothing from it was stored.',
      );
      return;
    }
    const answer = await importData(optionsDb, chosen.text, new Date());
    if (answer.ok) {
      // Open sidebars and the dashboard fetch again; the background tells them (and this page).
      void sendCommand({ type: 'data-imported' });
    }
    show(
      'importData',
      answer.ok
        ? done(`${file.name}: ${importedWords(answer.value)}`)
        : failed({ ...answer.error, message: `${file.name}: ${answer.error.message}` }),
    );
  };

  return (
    <>
      <OptionsView
        pageNotice={pageNotice}
        loadError={joinErrors(data.loadError, retention.error)}
        cases={data.cases}
        retentionDays={retention.days}
        retentionSetByOrganisation={retention.setByOrganisation}
        audit={data.audit}
        auditLimit={AUDIT_LIMIT}
        storage={storage}
        outcomes={outcomes}
        onSaveRetention={onSaveRetention}
        onPurgeNow={onPurgeNow}
        onDeleteCase={onDeleteCase}
        onDeleteEverything={onDeleteEverything}
        onExport={onExport}
        onImport={onImport}
      />
      <SiteProfilesPanel />
    </>
  );
}
