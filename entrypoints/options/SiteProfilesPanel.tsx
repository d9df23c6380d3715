import { useCallback, useEffect, useState } from 'react';
import {
  ManagedPolicySection,
  type ManagedPolicySummary,
} from '../../components/options/ManagedPolicySection';
import { IDLE, type Outcome } from '../../components/options/outcome';
import {
  type SiteProfileSummary,
  SiteProfilesSection,
} from '../../components/options/SiteProfilesSection';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { todayInLondon } from '../../lib/rules/calendar';
import { MOST_PROFILE_FILE_CHARS, profilesFile } from '../../lib/settings/site-profile-store';
import { isTaughtProfile } from '../../lib/settings/taught-profile-id';
import { readChosenFile } from './read-chosen-file';
import { saveJsonFile } from './save-json-file';
import { sendCommand } from './send-command';

interface ProfilesAnswer {
  local: SiteProfile[];
  managed: SiteProfile[];
  problems: string[];
}

const summary = (p: SiteProfile): SiteProfileSummary => ({
  id: p.id,
  name: p.name,
  urls: p.urls,
  pages: p.pages.length,
  taught: isTaughtProfile(p),
});

/**
 * The options page's site profiles and organisation policy, wired to the background (profiles
 * live in the extension's storage, policy in the browser's managed storage).
 */
export function SiteProfilesPanel() {
  const [profiles, setProfiles] = useState<ProfilesAnswer>();
  const [policy, setPolicy] = useState<ManagedPolicySummary>();
  const [outcome, setOutcome] = useState<Outcome>(IDLE);

  const load = useCallback(async () => {
    const [got, managed] = await Promise.all([
      sendCommand<ProfilesAnswer>({ type: 'get-site-profiles' }),
      sendCommand<ManagedPolicySummary>({ type: 'get-managed-config' }),
    ]);
    if (got.ok) setProfiles(got.value);
    else setOutcome({ kind: 'failed', message: got.error.message });
    if (managed.ok) setPolicy(managed.value);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const onExport = () => {
    if (!profiles) return;
    const fileName = `core-group-lens-site-profiles-${todayInLondon(new Date())}.json`;
    saveJsonFile(profilesFile(profiles.local, new Date()), fileName);
    setOutcome({ kind: 'done', message: `Saved ${fileName}: it holds no case data.` });
  };

  const onImport = async (file: File) => {
    setOutcome({ kind: 'working', message: `Checking ${file.name}…` });
    const chosen = await readChosenFile(file, MOST_PROFILE_FILE_CHARS);
    if (!chosen.ok) {
      setOutcome({
        kind: 'failed',
        message:
          chosen.reason === 'too-large'
            ? `${file.name} is too large to be a site profiles file.`
            : `${file.name} could not be read.`,
      });
      return;
    }
    const { text } = chosen;
    const answer = await sendCommand<{ added: string[]; replaced: string[] }>({
      type: 'import-site-profiles',
      text,
    });
    if (!answer.ok) {
      setOutcome({ kind: 'failed', message: answer.error.message });
      return;
    }
    const { added, replaced } = answer.value;
    const parts = [
      added.length ? `added ${added.join(', ')}` : '',
      replaced.length ? `replaced ${replaced.join(', ')}` : '',
    ].filter(Boolean);
    setOutcome({ kind: 'done', message: `Imported: ${parts.join('; ')}. Open pages read again.` });
    await load();
  };

  const onDelete = async (id: string) => {
    setOutcome({ kind: 'working', message: `Deleting ${id}…` });
    const answer = await sendCommand({ type: 'delete-site-profile', id });
    setOutcome(
      answer.ok
        ? { kind: 'done', message: `Deleted the site profile ${id}.` }
        : { kind: 'failed', message: answer.error.message },
    );
    await load();
  };

  return (
    <aside className="options" aria-label="Site profiles and organisation policy">
      <SiteProfilesSection
        local={profiles?.local.map(summary)}
        managed={profiles?.managed.map(summary) ?? []}
        problems={profiles?.problems ?? []}
        outcome={outcome}
        onImport={(file) => void onImport(file)}
        onExport={onExport}
        onDelete={(id) => void onDelete(id)}
      />
      <ManagedPolicySection policy={policy} />
    </aside>
  );
}
