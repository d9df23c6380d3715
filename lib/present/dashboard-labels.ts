import type { Region } from '../domain';
import type { Rag } from './case-glance';
import { REGION_LABELS } from './labels';

/** Said when a case's nation was not read: the rules then assume England and Wales. */
export const REGION_NOT_RECORDED = 'Not recorded';

/**
 * RAG in words and a distinct shape, so colour is never the only signal (WCAG 2.2, 1.4.1).
 * The icons are the sidebar's (CaseGlanceLine).
 */
export const RAG_LABELS: Record<Rag, { word: string; icon: string }> = {
  red: { word: 'Red', icon: '✖' },
  amber: { word: 'Amber', icon: '⚠' },
  green: { word: 'Green', icon: '✔' },
  grey: { word: 'No data', icon: '?' },
};

/** Most urgent first: an unknown (grey) never ranks below a case known to be on track. */
export const RAG_SEVERITY: Record<Rag, number> = { red: 3, amber: 2, grey: 1, green: 0 };

export function regionLabel(region: Region | undefined): string {
  return region === undefined ? REGION_NOT_RECORDED : REGION_LABELS[region];
}
