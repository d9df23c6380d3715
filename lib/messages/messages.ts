import * as z from 'zod';
import { PageKindSchema } from '../domain';
import { ValueSourceSchema } from '../extract/site-profile-schema';
import { TEACHABLE_FIELDS, type TeachableField } from '../extract/teach-selector';
import type { ApplyOutcome } from '../store/case-repository';
import { CorrectionInputSchema } from '../store/corrections';
import { SettingsPatchSchema } from '../store/settings';
import { PageShownWireSchema } from './page-shown-schema';

/**
 * Sent by the content script after it reads a case page: what the page shows, which the
 * background builds into the page read (PageReadSchema) and stores (lib/extract/page-shown.ts),
 * in its compact wire form (lib/extract/page-shown-wire.ts).
 */
export const PageReadMessageSchema = z.object({
  type: z.literal('page-read'),
  shown: PageShownWireSchema,
});
/** The background's answer to `page-read`: what the store did, and how long the build took. */
export type PageReadStored = ApplyOutcome & {
  /** Milliseconds spent building the page read: part of reading the page (issue 8). */
  buildMs: number;
};

/** Sent by the content script when a case page is shown, so retention counts from real use. */
export const CaseOpenedMessageSchema = z.object({
  type: z.literal('case-opened'),
  caseId: z.string().min(1).max(200),
});

/**
 * Sent by the sidebar for what to show. The sidebar is an extension page, but embedded in the
 * case system's page it is a third-party frame, and Chromium denies such frames IndexedDB
 * (measured: "The user denied permission to access the database"), so it asks the background.
 */
export const GetCaseViewMessageSchema = z.object({
  type: z.literal('get-case-view'),
  caseId: z.string().min(1).max(200),
});

/**
 * Sent by the sidebar when it opens: the case view and the settings its findings need, in one
 * round trip (issue 8: the sidebar's first data within 150 ms of the page's DOMContentLoaded).
 */
export const GetSidebarDataMessageSchema = z.object({
  type: z.literal('get-sidebar-data'),
  caseId: z.string().min(1).max(200),
  /** Opened while its page's read is being stored: answer once it is (get-sidebar-data.ts). */
  afterStoring: z.boolean().optional(),
});

/**
 * From the content script, on a page no site profile describes: inject the generic reader into
 * its tab (it is kept out of the content script, which most pages read without it).
 */
export const LoadGenericReaderMessageSchema = z.object({ type: z.literal('load-generic-reader') });

/** Privileged: only extension pages (options, dashboard, sidebar) may ask these. */
export const DeleteCaseMessageSchema = z.object({
  type: z.literal('delete-case'),
  caseId: z.string().min(1).max(200),
});
export const DeleteEverythingMessageSchema = z.object({
  type: z.literal('delete-everything'),
  confirm: z.literal('DELETE'),
});

/**
 * Privileged, sent by the sidebar: a value the user confirms, corrects or adds. The store keeps
 * it with "entered by user" provenance, and it can be undone.
 */
export const AddCorrectionMessageSchema = CorrectionInputSchema.extend({
  type: z.literal('add-correction'),
});
/** Privileged: takes a correction back. `caseId` names the case it must belong to. */
export const UndoCorrectionMessageSchema = z.object({
  type: z.literal('undo-correction'),
  caseId: z.string().min(1).max(200),
  correctionId: z.int().positive(),
});
/** Privileged: the sidebar reads and changes settings through the background (no IndexedDB in a frame). */
export const GetSettingsMessageSchema = z.object({ type: z.literal('get-settings') });
export const PutSettingsMessageSchema = z.object({
  type: z.literal('put-settings'),
  patch: SettingsPatchSchema,
});
/**
 * Privileged, from the options page after it imported a file (it exports and imports on its own
 * connection to the database: a caseload's file is larger than a runtime message may be). The
 * background tells every open page that any case may have changed.
 */
export const DataImportedMessageSchema = z.object({ type: z.literal('data-imported') });
/** Privileged: deletes now what the retention period has expired (it also runs daily). */
export const PurgeExpiredMessageSchema = z.object({ type: z.literal('purge-expired') });

/*
 * Teach a field and site profiles (issue 4, item 6). The sidebar starts teaching; the background
 * tells the content script in that tab (tabs.sendMessage), which sends back what the worker
 * clicked; the background passes that to the sidebar of the same tab, which saves it. Case data
 * (the previewed value) only ever travels by extension messaging, never window.postMessage.
 */
export const TeachableFieldSchema = z.enum(
  Object.keys(TEACHABLE_FIELDS) as [TeachableField, ...TeachableField[]],
);
/** What the clicked value reads as, before saving: the value, or why it cannot be read. */
export const TeachPreviewSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    shown: z.string().max(2000),
    value: z.union([z.string().max(2000), z.boolean(), z.array(z.string().max(300)).max(200)]),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.string().max(300),
    raw: z.string().max(300).optional(),
  }),
]);
export const TeachPickSchema = z.object({
  field: TeachableFieldSchema,
  /** Where the value is, as the profile would save it. */
  source: ValueSourceSchema,
  /** How it was pinned down: `structure` (by position) may break when the page changes. */
  how: z.enum(['id', 'label', 'attribute', 'structure']),
  /** The label or column heading beside the value (a list field is taught by it). */
  label: z.string().min(1).max(300).optional(),
  pageKind: PageKindSchema,
  preview: TeachPreviewSchema,
});
export type TeachPick = z.infer<typeof TeachPickSchema>;
export type TeachPreview = z.infer<typeof TeachPreviewSchema>;

/** Privileged, from the sidebar: let the worker click a value on the page in its tab. */
export const TeachStartMessageSchema = z.object({
  type: z.literal('teach-start'),
  field: TeachableFieldSchema,
});
/** Privileged, from the sidebar: stop teaching on the page in its tab. */
export const TeachStopMessageSchema = z.object({ type: z.literal('teach-stop') });
/** From the content script: the worker clicked a value. */
export const TeachPickedMessageSchema = z.object({
  type: z.literal('teach-picked'),
  pick: TeachPickSchema,
});
/** From the content script: the worker left teach mode on the page (Esc). */
export const TeachEndedMessageSchema = z.object({ type: z.literal('teach-ended') });
/**
 * Privileged, from the sidebar: save the picked place into the site profile for its tab's host.
 * The page address comes from the sender's tab, never from the message.
 */
export const SaveTaughtFieldMessageSchema = z.object({
  type: z.literal('save-taught-field'),
  pick: TeachPickSchema.omit({ preview: true, how: true }),
});
/** From the content script (and the options page): the stored and managed site profiles. */
export const GetSiteProfilesMessageSchema = z.object({ type: z.literal('get-site-profiles') });
/** Privileged, from the options page: the text of a site profiles file, checked whole. */
export const ImportSiteProfilesMessageSchema = z.object({
  type: z.literal('import-site-profiles'),
  text: z.string(),
});
/** Privileged: removes one of this browser's own site profiles (never a managed one). */
export const DeleteSiteProfileMessageSchema = z.object({
  type: z.literal('delete-site-profile'),
  id: z.string().min(1).max(200),
});
/** Privileged: what the organisation's policy sets, and what in it could not be used. */
export const GetManagedConfigMessageSchema = z.object({ type: z.literal('get-managed-config') });

export const MessageSchema = z.discriminatedUnion('type', [
  PageReadMessageSchema,
  CaseOpenedMessageSchema,
  GetCaseViewMessageSchema,
  GetSidebarDataMessageSchema,
  LoadGenericReaderMessageSchema,
  DeleteCaseMessageSchema,
  DeleteEverythingMessageSchema,
  AddCorrectionMessageSchema,
  UndoCorrectionMessageSchema,
  GetSettingsMessageSchema,
  PutSettingsMessageSchema,
  DataImportedMessageSchema,
  PurgeExpiredMessageSchema,
  TeachStartMessageSchema,
  TeachStopMessageSchema,
  TeachPickedMessageSchema,
  TeachEndedMessageSchema,
  SaveTaughtFieldMessageSchema,
  GetSiteProfilesMessageSchema,
  ImportSiteProfilesMessageSchema,
  DeleteSiteProfileMessageSchema,
  GetManagedConfigMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Which messages a content script (running inside the host page) may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'page-read',
  'case-opened',
  'teach-picked',
  'teach-ended',
  'get-site-profiles',
  'load-generic-reader',
]);

/** Which messages change a case, so the background tells open sidebars to fetch it again. */
export const CASE_CHANGING_MESSAGES: ReadonlySet<MessageType> = new Set([
  'page-read',
  'delete-case',
  'add-correction',
  'undo-correction',
]);

/** Sent by the background to the extension's pages when a stored case has changed. */
export interface CaseChangedNotice {
  type: 'case-changed';
  caseId: string | '*';
  /** When a page read was stored: which page, read when (its `readAt`). */
  read?: StoredReadMark;
}

/** One page's read, as a stored case's `pages` lists it (path, and checked at or after `readAt`). */
export interface StoredReadMark {
  path: string;
  readAt: string;
}

/** Sent by the background to the extension's pages about teaching in one tab. */
export type TeachNotice =
  | { type: 'teach-picked'; tabId: number; pick: TeachPick }
  | { type: 'teach-ended'; tabId: number };

/** Sent by the background to the content script of one tab. */
export type TabCommand =
  | { type: 'teach-mode'; field: TeachableField | null }
  | { type: 'site-profiles-changed' };
