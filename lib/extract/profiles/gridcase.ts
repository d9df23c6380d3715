import type { PlanSectionId } from '../../domain/case-record';
import { GRIDCASE_SELECTORS as S } from '../selectors';
import type { ExamplePage, ListSource, PageSpec, SiteProfile, ValueSource } from '../site-profile';
import { meetingRecordFields } from './meeting-record';
import { BUILT_IN_PROFILE_NAMES } from './names';

/**
 * GridCase, the demo's table-like case system (demo/MARKUP.md, "GridCase"): the case, tab and
 * child are in the query; every list is a grid with a header row, newest first.
 */

const CASE_ID: ValueSource = { query: 'case' };
const WORKSPACE = '^/gridcase/workspace$';
/** GridCase's own words for meeting and action states. */
const MEETING_STATUS = { Completed: 'held', Booked: 'scheduled' };
const ACTION_STATUS = {
  'Not started': 'not-started',
  Underway: 'in-progress',
  Completed: 'done',
  Drifting: 'drifted',
};
const PLAN_SECTION_ROWS: Record<PlanSectionId, string> = {
  'child-seen': 'Child seen (alone / with family)',
  needs: 'Identified needs',
  objectives: 'Outcomes',
  actions: 'Strategy',
  timescales: 'Timescales for review',
  responsibilities: 'Roles & responsibilities',
  resources: 'Resources required',
  'contact-frequency': 'Frequency of contact',
  'success-measures': 'Measures of progress',
  contingency: 'Contingency',
  contacts: 'Key contacts',
  'child-views': 'Voice of the child',
};

const tab = (
  kind: PageSpec['kind'],
  name: string,
  rest: Omit<PageSpec, 'kind' | 'caseId'>,
): PageSpec => ({
  kind,
  path: WORKSPACE,
  query: { tab: name },
  caseId: CASE_ID,
  ...rest,
});

const children: ListSource = {
  table: S.children,
  emptyWhen: S.childrenNone,
  fields: {
    id: { column: 'Ref' },
    name: { column: 'Name' },
    dateOfBirth: { column: 'DOB' },
    preVerbal: { column: 'Pre-verbal' },
    seenAloneNotRequired: { column: "Seen alone not req'd" },
  },
};

const schoolMoves: ListSource = {
  table: S.schoolChanges,
  emptyWhen: S.schoolChangesNone,
  fields: {
    childId: { column: 'Ref' },
    childName: { column: 'Child' },
    date: { column: 'Date of change' },
  },
};

const INITIAL_MEETING = ['Initial CP conference', 'Child Protection Planning Meeting (CPPM)'];
const REVIEW_MEETING = ['Review CP conference', 'Review CPPM'];

const reviewConferences: ListSource = {
  table: S.conferences,
  where: { column: 'Type', equals: REVIEW_MEETING },
  emptyWhen: S.conferencesNone,
  fields: {
    date: { column: 'Date' },
    status: { column: 'Status', values: MEETING_STATUS },
    reportSharedDate: { column: 'Report to family' },
  },
};

const coreGroups: ListSource = {
  table: S.coreGroups,
  emptyWhen: S.coreGroupsNone,
  fields: {
    date: { column: 'Meeting date' },
    status: { column: 'Status', values: MEETING_STATUS },
    minutesCirculatedDate: { column: 'Minutes sent' },
    attendees: { column: 'Present' },
    apologies: { column: 'Apologies' },
  },
};

/**
 * One held meeting's record, on its own page (the core groups tab with `meeting=<date>`): a
 * key/value grid, merged with the meeting's row in the core groups grid by its date.
 */
const meetingRecord: ListSource = {
  items: S.meetingRecord,
  fields: {
    date: { label: 'Meeting date' },
    status: { label: 'Status', values: MEETING_STATUS },
    ...meetingRecordFields(),
  },
};

/** A row per child per visit: rows of one date are regrouped into one visit. */
const visits: ListSource = {
  table: S.visits,
  emptyWhen: S.visitsNone,
  fields: {
    date: { column: 'Visit date' },
    childName: { column: 'Child' },
    childId: { column: 'Ref' },
    seen: { column: 'Seen' },
    seenAlone: { column: 'Seen alone' },
  },
};

const plans: ListSource = {
  items: S.plan,
  emptyWhen: S.noPlan,
  fields: Object.fromEntries(
    Object.entries(PLAN_SECTION_ROWS).map(([id, label]) => [id, { label }]),
  ),
  actions: {
    table: S.planActions,
    fromPage: true,
    emptyWhen: S.planActionsNone,
    fields: {
      text: { column: 'Action' },
      owner: { column: 'Responsible' },
      due: { column: 'Target date' },
      measure: { column: 'Success measure' },
      status: { column: 'Progress', values: ACTION_STATUS },
    },
  },
};

export const GRIDCASE_PROFILE: SiteProfile = {
  id: 'gridcase',
  name: BUILT_IN_PROFILE_NAMES.gridcase,
  urls: ['*://127.0.0.1/gridcase/*', '*://localhost/gridcase/*'],
  pages: [
    tab('case-summary', 'summary', {
      fields: {
        region: { label: 'Jurisdiction', within: S.caseGrid },
        icpcDate: {
          label: ['Initial CP conference date', 'Child Protection Planning Meeting (CPPM) date'],
          within: S.caseGrid,
        },
        planEndDate: { label: 'CP plan end date', within: S.caseGrid },
      },
      lists: { children, schoolMoves },
    }),
    tab('conference', 'conferences', {
      fields: {
        icpcDate: {
          table: S.conferences,
          column: 'Date',
          row: { column: 'Type', equals: INITIAL_MEETING },
          optional: true,
        },
      },
      lists: { reviewConferences },
    }),
    {
      kind: 'core-group',
      path: WORKSPACE,
      query: { tab: 'coregroups', meeting: '\\d{4}-\\d{2}-\\d{2}' },
      caseId: CASE_ID,
      lists: { coreGroups: meetingRecord },
    },
    tab('core-group', 'coregroups', { lists: { coreGroups } }),
    tab('visit', 'visits', { lists: { visits } }),
    tab('plan', 'plan', { childId: { selector: S.childRef }, lists: { plans } }),
  ],
};

/**
 * Pages of the demo where each selector above must match this many times (refined-github's
 * selector tests): tests/unit/extract-profiles.test.ts renders them and counts. Kept apart
 * from the profile so the content script does not carry them.
 */
export const GRIDCASE_EXAMPLES: ExamplePage[] = [
  {
    path: '/gridcase/workspace?case=GC-2004&tab=summary',
    matches: {
      [S.caseGrid]: 1,
      [S.children]: 1,
      [S.childrenNone]: 0,
      [S.schoolChanges]: 1,
      [S.schoolChangesNone]: 1,
    },
  },
  {
    path: '/gridcase/workspace?case=GC-2004&tab=conferences',
    matches: { [S.conferences]: 1, [S.conferencesNone]: 0 },
  },
  {
    path: '/gridcase/workspace?case=GC-2004&tab=coregroups',
    matches: { [S.coreGroups]: 1, [S.coreGroupsNone]: 0, [S.meetingRecord]: 0 },
  },
  {
    // Ambledown's latest core group when the demo's today is 2026-11-25 (the test's first day).
    path: '/gridcase/workspace?case=GC-2004&tab=coregroups&meeting=2026-11-13',
    matches: { [S.meetingRecord]: 1, [S.coreGroups]: 0 },
  },
  {
    path: '/gridcase/workspace?case=GC-2004&tab=visits',
    matches: { [S.visits]: 1, [S.visitsNone]: 0 },
  },
  {
    path: '/gridcase/workspace?case=GC-2004&tab=plan&child=P-300142',
    matches: {
      [S.childRef]: 1,
      [S.plan]: 1,
      [S.planActions]: 1,
      [S.planActionsNone]: 0,
      [S.noPlan]: 0,
    },
  },
];
