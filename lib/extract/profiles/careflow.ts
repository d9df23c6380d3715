import type { PlanSectionId } from '../../domain/case-record';
import { CAREFLOW_SELECTORS as S } from '../selectors';
import type { ExamplePage, ListSource, SiteProfile, ValueSource } from '../site-profile';
import { meetingRecordFields } from './meeting-record';
import { BUILT_IN_PROFILE_NAMES } from './names';

/**
 * CareFlow, the demo's form-like case system (demo/MARKUP.md, "CareFlow"): one section per
 * record, each value a labelled read-only control, a `<dl>` pair or a "Label: value" line.
 */

const CASE_ID: ValueSource = { path: '^/careflow/case/([^/]+)/' };

const PLAN_SECTION_LABELS: Record<PlanSectionId, string> = {
  'child-seen': 'When and where the child will be seen',
  needs: "The child's needs",
  objectives: 'Outcomes we want for the child',
  actions: 'Strategies and actions',
  timescales: 'Timescales',
  responsibilities: 'Who is responsible',
  resources: 'Resources',
  'contact-frequency': 'How often each professional will have contact',
  'success-measures': 'How progress will be measured',
  contingency: 'Contingency plan',
  contacts: 'Lead social worker and core group contacts',
  'child-views': "The child's wishes and feelings",
};

const children: ListSource = {
  items: S.person,
  fields: {
    name: { selector: S.personName },
    id: { label: 'Person ID' },
    dateOfBirth: { label: 'Date of birth', optional: true },
    preVerbal: { label: 'Pre-verbal', optional: true },
    seenAloneNotRequired: {
      label: 'Seen alone not required (conference decision)',
      optional: true,
    },
  },
};

const schoolMoves: ListSource = {
  items: S.schoolMove,
  emptyWhen: S.schoolMovesEmpty,
  fields: { childId: { label: 'Person ID' }, date: { label: 'Date of move' } },
};

const reviewConferences: ListSource = {
  items: S.review,
  emptyWhen: S.reviewsEmpty,
  fields: {
    date: { label: ['Date of RCPC', 'Date of review CPPM'] },
    status: { label: 'Status' },
    reportSharedDate: { label: 'Report shared with family', optional: true },
  },
};

const coreGroups: ListSource = {
  items: S.meeting,
  emptyWhen: S.meetingsEmpty,
  fields: {
    date: { label: 'Meeting date' },
    status: { label: 'Status' },
    // Scheduled meetings have no minutes line, and held ones without minutes say so in words.
    minutesCirculatedDate: {
      label: 'Minutes circulated',
      blank: ['Not yet circulated'],
      optional: true,
    },
    attendees: { label: 'Attendees', emptyMeansNone: true, optional: true },
    apologies: { label: 'Apologies', emptyMeansNone: true, optional: true },
    ...meetingRecordFields(),
  },
};

const visits: ListSource = {
  items: S.visit,
  emptyWhen: S.visitsEmpty,
  fields: { date: { label: 'Visit date' } },
  children: {
    items: S.visitChild,
    fields: {
      childName: { selector: S.visitChildName },
      childId: { label: 'Person ID' },
      seen: { label: 'Child seen' },
      // "Not recorded" is absent, never "no" (the built-in blank words include it).
      seenAlone: { label: 'Seen alone' },
    },
  },
};

const plans: ListSource = {
  items: S.planSections,
  emptyWhen: S.noPlan,
  fields: Object.fromEntries(
    Object.entries(PLAN_SECTION_LABELS).map(([id, label]) => [id, { label }]),
  ),
  actions: {
    items: S.planAction,
    fromPage: true,
    emptyWhen: S.planActionsEmpty,
    fields: {
      text: { label: 'What will be done' },
      owner: { label: 'Who' },
      due: { label: 'By when' },
      measure: { label: 'How we will know it has worked' },
      status: { label: 'Progress', blank: ['Not set'] },
    },
  },
};

const ICPC_DATE: ValueSource = { selector: S.icpcDate };

export const CAREFLOW_PROFILE: SiteProfile = {
  id: 'careflow',
  name: BUILT_IN_PROFILE_NAMES.careflow,
  urls: ['*://127.0.0.1/careflow/*', '*://localhost/careflow/*'],
  pages: [
    {
      kind: 'case-summary',
      path: '^/careflow/case/[^/]+/summary$',
      caseId: CASE_ID,
      fields: {
        region: { label: 'Region', optional: true },
        icpcDate: ICPC_DATE,
        planEndDate: { selector: S.planEndDate },
      },
      lists: { children, schoolMoves },
    },
    {
      kind: 'conference',
      path: '^/careflow/case/[^/]+/conferences$',
      caseId: CASE_ID,
      fields: { icpcDate: ICPC_DATE },
      lists: { reviewConferences },
    },
    {
      kind: 'core-group',
      path: '^/careflow/case/[^/]+/core-groups$',
      caseId: CASE_ID,
      lists: { coreGroups },
    },
    { kind: 'visit', path: '^/careflow/case/[^/]+/visits$', caseId: CASE_ID, lists: { visits } },
    {
      kind: 'plan',
      path: '^/careflow/case/[^/]+/plan/[^/]+$',
      caseId: CASE_ID,
      childId: { label: 'Person ID', within: S.planChild },
      lists: { plans },
    },
    // The visit form holds no record data, but it is a page of the case: the sidebar shows.
    { kind: 'other', path: '^/careflow/case/[^/]+/visits/new$', caseId: CASE_ID },
  ],
};

/**
 * Pages of the demo where each selector above must match this many times (refined-github's
 * selector tests): tests/unit/extract-profiles.test.ts renders them and counts. Kept apart
 * from the profile so the content script does not carry them.
 */
export const CAREFLOW_EXAMPLES: ExamplePage[] = [
  {
    path: '/careflow/case/CF-1001/summary',
    matches: {
      [S.person]: 2,
      [S.personName]: 2,
      [S.icpcDate]: 1,
      [S.planEndDate]: 1,
      [S.schoolMove]: 0,
      [S.schoolMovesEmpty]: 1,
    },
  },
  {
    path: '/careflow/case/CF-1003/summary',
    matches: { [S.schoolMove]: 1, [S.schoolMovesEmpty]: 0 },
  },
  {
    path: '/careflow/case/CF-1001/conferences',
    matches: { [S.icpcDate]: 1, [S.review]: 1, [S.reviewsEmpty]: 0 },
  },
  { path: '/careflow/case/CF-1002/conferences', matches: { [S.review]: 0, [S.reviewsEmpty]: 1 } },
  {
    path: '/careflow/case/CF-1001/core-groups',
    matches: { [S.meeting]: 4, [S.meetingsEmpty]: 0 },
  },
  {
    path: '/careflow/case/CF-1002/core-groups',
    matches: { [S.meeting]: 0, [S.meetingsEmpty]: 1 },
  },
  {
    path: '/careflow/case/CF-1001/visits',
    matches: { [S.visit]: 9, [S.visitChild]: 18, [S.visitChildName]: 18, [S.visitsEmpty]: 0 },
  },
  {
    path: '/careflow/case/CF-1001/plan/P-300142',
    matches: {
      [S.planChild]: 1,
      [S.planSections]: 1,
      [S.planAction]: 2,
      [S.planActionsEmpty]: 0,
      [S.noPlan]: 0,
    },
  },
  { path: '/careflow/case/CF-1001/visits/new', matches: { [S.visitForm]: 1 } },
];
