import { useEffect, useState } from 'react';
import type { StorageState } from '../../components/options/StorageStatus';

/**
 * Asks once for persistent storage (so the browser does not evict the data under storage
 * pressure; the extension also holds unlimitedStorage) and reads the estimate again whenever
 * `refreshKey` changes, e.g. after an import or a deletion.
 */
export function useStorageStatus(refreshKey: string): StorageState {
  const [persisted, setPersisted] = useState<boolean | 'unknown' | undefined>(undefined);
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const storage = navigator.storage;
    if (!storage?.persist || !storage.persisted) {
      setPersisted('unknown');
      return;
    }
    storage
      .persisted()
      .then((already) => (already ? true : storage.persist()))
      .then(
        (granted) => live && setPersisted(granted),
        () => live && setPersisted('unknown'),
      );
    return () => {
      live = false;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the re-read signal
  useEffect(() => {
    let live = true;
    if (!navigator.storage?.estimate) {
      setEstimate({});
      return;
    }
    navigator.storage.estimate().then(
      (next) => live && setEstimate(next),
      () => live && setEstimate({}),
    );
    return () => {
      live = false;
    };
  }, [refreshKey]);

  if (persisted === undefined || estimate === undefined) return { state: 'checking' };
  const status: StorageState = { state: 'known', persisted };
  if (estimate.usage !== undefined) status.usage = estimate.usage;
  if (estimate.quota !== undefined) status.quota = estimate.quota;
  return status;
}
