import type { CoreGroup } from '../domain';
import { type MeetingFinding, meetingFinding } from './meeting-finding';
import {
  CORE_GROUP_LENS_CHAIR_PRACTICE,
  WALES_MEETING_TASKS,
  WORKING_TOGETHER_CORE_GROUP,
  WORKING_TOGETHER_VIEWS,
} from './meeting-sources';
import type { RuleSource } from './timescale';

/** The sections a core group's record should hold (the next date has its own check). */
export const MEETING_SECTIONS = [
  'attendees',
  'apologies',
  'chair',
  'childSituation',
  'actionProgress',
  'riskTrend',
  'newActions',
  'parentsViews',
  'childViews',
] as const satisfies readonly (keyof CoreGroup)[];
export type MeetingSection = (typeof MEETING_SECTIONS)[number];

export const MEETING_SECTION_LABELS: Record<MeetingSection, string> = {
  attendees: 'Who attended, with their role and agency',
  apologies: 'Apologies, and whether each absent member sent a written update',
  chair: 'Who chaired the meeting',
  childSituation: "The child's current situation",
  actionProgress: 'Progress on each action in the plan',
  riskTrend: 'Whether the risk is increasing, stable or decreasing',
  newActions: 'New or amended actions, with who does them and by when',
  parentsViews: "The parents' views",
  childViews: "The child's views",
};

const SECTION_SOURCES: Record<MeetingSection, RuleSource> = {
  attendees: WORKING_TOGETHER_CORE_GROUP,
  apologies: WORKING_TOGETHER_CORE_GROUP,
  chair: CORE_GROUP_LENS_CHAIR_PRACTICE,
  childSituation: WALES_MEETING_TASKS,
  actionProgress: WALES_MEETING_TASKS,
  riskTrend: WALES_MEETING_TASKS,
  newActions: WALES_MEETING_TASKS,
  parentsViews: WORKING_TOGETHER_VIEWS,
  childViews: WORKING_TOGETHER_VIEWS,
};

/** Lists that may rightly be empty: no apologies, no new actions. */
export const EMPTY_IS_AN_ANSWER: readonly MeetingSection[] = ['apologies', 'newActions'];

/**
 * One finding per section: `met` when the record holds it, `gap` when the record shows it empty
 * (`null`, blank text, or an empty list where one is expected), `unknown` when the pages read do
 * not show it at all.
 */
export function sectionsRecorded(meeting: CoreGroup): MeetingFinding[] {
  return MEETING_SECTIONS.map((section) => {
    const label = MEETING_SECTION_LABELS[section];
    const base = {
      check: 'section-recorded',
      meeting,
      subject: section,
      source: SECTION_SOURCES[section],
    } as const;
    const value: unknown = meeting[section];
    if (value === undefined) {
      return meetingFinding({
        ...base,
        outcome: 'unknown',
        reason: `${label}: not recorded on the pages read, so not known.`,
      });
    }
    const empty =
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0);
    if (empty && Array.isArray(value) && EMPTY_IS_AN_ANSWER.includes(section)) {
      return meetingFinding({ ...base, outcome: 'met', reason: `${label}: recorded as none.` });
    }
    if (empty) {
      return meetingFinding({
        ...base,
        outcome: 'gap',
        reason: `${label}: the meeting record shows this section empty.`,
        prompt: 'Complete this section of the meeting record.',
      });
    }
    return meetingFinding({ ...base, outcome: 'met', reason: `${label}: recorded.` });
  });
}
