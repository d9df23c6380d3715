import * as z from 'zod';
import { PageReadSchema } from '../domain';

/** Sent by the content script after it reads a case page. */
export const PageReadMessageSchema = z.object({
  type: z.literal('page-read'),
  read: PageReadSchema,
});

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

/** Privileged: only extension pages (options, dashboard, sidebar) may ask these. */
export const DeleteCaseMessageSchema = z.object({
  type: z.literal('delete-case'),
  caseId: z.string().min(1).max(200),
});
export const DeleteEverythingMessageSchema = z.object({
  type: z.literal('delete-everything'),
  confirm: z.literal('DELETE'),
});

export const MessageSchema = z.discriminatedUnion('type', [
  PageReadMessageSchema,
  CaseOpenedMessageSchema,
  GetCaseViewMessageSchema,
  DeleteCaseMessageSchema,
  DeleteEverythingMessageSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** Which messages a content script (running inside the host page) may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'page-read',
  'case-opened',
]);

/** Which messages change a case, so the background tells open sidebars to fetch it again. */
export const CASE_CHANGING_MESSAGES: ReadonlySet<MessageType> = new Set([
  'page-read',
  'delete-case',
]);

/** Sent by the background to the extension's pages when a stored case has changed. */
export interface CaseChangedNotice {
  type: 'case-changed';
  caseId: string | '*';
}
