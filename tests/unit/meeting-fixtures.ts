import type { CaseRecordInput, CoreGroup } from '../../lib/domain';
import { caseRecord } from './rules-test-helpers';

/** People as a meeting record names them. */
export const SW = {
  name: 'Sam Oakhurst',
  role: 'lead social worker',
  agency: 'Northmoor Council',
  kind: 'lead-social-worker',
} as const;
export const LEAD = {
  name: 'Pat Hale',
  role: 'practice lead',
  agency: 'Northmoor Council',
  kind: 'practice-lead',
} as const;
export const MUM = { name: 'Dana Ambledown', role: 'mother', kind: 'parent' } as const;
export const TEACHER = {
  name: 'Hazel Finch',
  role: 'class teacher',
  agency: 'Larkspur Primary School',
  kind: 'professional',
} as const;
export const NURSE = {
  name: 'Tomasz Reed',
  role: 'school nurse',
  agency: 'Northmoor NHS Trust',
  kind: 'professional',
} as const;

export const ACTION_A = 'Mother to attend the parenting course.';
export const ACTION_B = 'School nurse to complete a health check.';

/** A meeting whose record holds every section, complete: the exemplary meeting. */
export function completeMeeting(date: string, extra: Partial<CoreGroup> = {}): CoreGroup {
  return {
    date,
    status: 'held',
    attendees: [SW, MUM, TEACHER, NURSE],
    apologies: [],
    chair: SW,
    viceChair: TEACHER,
    childSituation: 'Mia is settled at school; home conditions have improved.',
    actionProgress: [
      { action: ACTION_A, status: 'in-progress' },
      { action: ACTION_B, status: 'in-progress' },
    ],
    riskTrend: 'decreasing',
    nonCooperation: { level: 'none' },
    newActions: [{ text: 'Review the safety plan.', owner: SW.name, due: '2027-04-01' }],
    parentsViews: 'Mother says the course is helping.',
    childViews: 'Mia says home feels calmer.',
    nextMeetingDate: '2027-02-10',
    futureDatesAgreed: ['2027-02-10', '2027-03-10'],
    householdChanges: [],
    ...extra,
  };
}

/** A case whose ICPC is 2026-12-01, review booked 2027-03-20, with a plan of two actions due in March and April 2027. */
export function meetingCase(coreGroups: CoreGroup[], extra: Partial<CaseRecordInput> = {}) {
  return caseRecord({
    icpcDate: '2026-12-01',
    children: [{ id: 'mia', name: 'Mia' }],
    reviewConferences: [{ date: '2027-03-20', status: 'scheduled' }],
    coreGroups,
    plans: [
      {
        childId: 'mia',
        sections: {},
        actions: [
          { text: ACTION_A, due: '2027-03-01', status: 'in-progress' },
          { text: ACTION_B, due: '2027-04-01', status: 'in-progress' },
        ],
      },
    ],
    ...extra,
  });
}
