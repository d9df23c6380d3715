import type { PlanSectionId, Region } from '../domain';
import type { FindingRule, FindingStatus } from '../rules/finding';

export const RULE_LABELS: Record<FindingRule, string> = {
  'first-core-group': 'First core group',
  'core-group-interval': 'Next core group',
  'final-core-group-before-review': 'Last core group before review',
  'review-conference': 'Review conference',
  'minutes-circulated': 'Core group minutes circulated',
  'review-report-shared': 'Review report shared with family',
  'school-move-core-group': 'Core group after school move',
  'visit-frequency': 'Statutory visit',
  'seen-alone': 'Seen alone',
};

/** Words and an icon for every status: colour is never the only signal. */
export const STATUS_LABELS: Record<FindingStatus, { text: string; icon: string }> = {
  overdue: { text: 'Overdue', icon: '✖' },
  'due-soon': { text: 'Due soon', icon: '⚠' },
  upcoming: { text: 'Upcoming', icon: '◷' },
  unknown: { text: 'Unknown', icon: '?' },
  late: { text: 'Done late', icon: '!' },
  met: { text: 'Met', icon: '✔' },
  'not-applicable': { text: 'Not applicable', icon: '–' },
};

/** The nations whose bank holidays the calendar knows, in words. */
export const REGION_LABELS: Record<Region, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** Plan sections in a few words, for a narrow panel; `PLAN_SECTION_LABELS` (lib/rules) has them in full. */
export const PLAN_SECTION_SHORT: Record<PlanSectionId, string> = {
  'child-seen': 'When the child is seen',
  needs: "The child's needs",
  objectives: 'Outcomes',
  actions: 'Actions',
  timescales: 'Timescales',
  responsibilities: 'Who does what',
  resources: 'Resources',
  'contact-frequency': 'How often each professional has contact',
  'success-measures': 'How progress is measured',
  contingency: 'Contingency plan',
  contacts: 'Contacts',
  'child-views': "The child's wishes and feelings",
};
