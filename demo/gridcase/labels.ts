import type { ActionStatus, MeetingStatus, PlanSectionId, Region } from '../../lib/domain';

/** Exactly the texts GridCase pages show; demo/MARKUP.md lists them for the site profiles. */
export const JURISDICTION_NAMES: Record<Region, string> = {
  'england-and-wales': 'England & Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** Scotland holds child protection planning meetings, not conferences (National Guidance 2021). */
export function meetingTerms(region: Region | undefined) {
  return region === 'scotland'
    ? {
        tab: 'Planning meetings',
        initialDateRow: 'Child Protection Planning Meeting (CPPM) date',
        initialType: 'Child Protection Planning Meeting (CPPM)',
        reviewType: 'Review CPPM',
      }
    : {
        tab: 'Conferences',
        initialDateRow: 'Initial CP conference date',
        initialType: 'Initial CP conference',
        reviewType: 'Review CP conference',
      };
}

export const PLAN_SECTION_LABELS: Record<PlanSectionId, string> = {
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

export const ACTION_STATUS_NAMES: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'Underway',
  done: 'Completed',
  drifted: 'Drifting',
};

export const MEETING_STATUS_NAMES: Record<MeetingStatus, string> = {
  scheduled: 'Booked',
  held: 'Completed',
};

/** Y, N, or an empty cell when the record does not say. */
export const yn = (value: boolean | undefined): string =>
  value === undefined ? '' : value ? 'Y' : 'N';
