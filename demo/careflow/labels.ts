import type { ActionStatus, PlanSectionId, Region } from '../../lib/domain';

/** Exactly the texts CareFlow pages show; demo/MARKUP.md lists them for the site profiles. */
export const REGION_NAMES: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** Scotland holds child protection planning meetings, not conferences (National Guidance 2021). */
export function meetingTerms(region: Region | undefined) {
  return region === 'scotland'
    ? {
        initialHeading: 'Child Protection Planning Meeting (CPPM)',
        initialDate: 'Date of CPPM',
        reviewsHeading: 'Review CPPMs',
        review: 'Review CPPM',
        reviewDate: 'Date of review CPPM',
        pageName: 'Planning meetings',
      }
    : {
        initialHeading: 'Initial child protection conference',
        initialDate: 'Date of ICPC',
        reviewsHeading: 'Review conferences',
        review: 'Review conference',
        reviewDate: 'Date of RCPC',
        pageName: 'Conferences',
      };
}

export const PLAN_SECTION_LABELS: Record<PlanSectionId, string> = {
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

export const ACTION_STATUS_NAMES: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  drifted: 'Drifted',
};

export const MEETING_STATUS_NAMES = { scheduled: 'Scheduled', held: 'Held' } as const;

export const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
