import type { LocalOption } from './procedure';
import type { RuleSource } from './timescale';

/*
 * Where each core group meeting check comes from. Working Together sets what a child protection
 * plan holds and who works it; how a core group meeting is run and recorded is left to local
 * safeguarding partnerships, so most checks cite the local procedures that spell it out.
 */

const WT_URL =
  'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2';

/** Another point of a document already cited: its title, paragraph and address, its own note. */
const saying = (source: RuleSource, note: string): RuleSource => ({ ...source, note });

/** A local option the built-in procedures leave off, saying why and when a pilot turns it on. */
const offByDefault = (source: RuleSource, note: string): LocalOption => ({
  applies: false,
  source: saying(source, note),
});

/** The core group develops and carries out the plan; its record shows how the plan is going. */
export const WORKING_TOGETHER_CORE_GROUP: RuleSource = {
  title: 'Working Together to Safeguard Children 2023 (HM Government, statutory guidance)',
  paragraph: 'The core group: developing the child protection plan and putting it into practice',
  url: WT_URL,
};

/** The plan must carry the child's wishes and feelings and the parents' views. */
export const WORKING_TOGETHER_VIEWS: RuleSource = {
  ...WORKING_TOGETHER_CORE_GROUP,
  paragraph: "The child protection plan: the child's wishes and feelings, the parents' views",
};

export const WALES_CORE_GROUP_MEETINGS: RuleSource = {
  title: 'Wales Safeguarding Procedures (children at risk)',
  paragraph: 'Section 4: subsequent core group meetings',
  url: 'https://safeguarding.wales/en/chi-i/chi-i-c4/c4-p5/',
};

/** "A member unable to attend should provide a report" with enough detail to judge progress. */
export const WALES_WRITTEN_UPDATE: RuleSource = saying(
  WALES_CORE_GROUP_MEETINGS,
  'A core group member who cannot attend provides a report detailed enough for the meeting to judge the work done with the family.',
);

/** "Any practitioner member of the core group can chair." */
export const WALES_SHARED_CHAIR: RuleSource = saying(
  WALES_CORE_GROUP_MEETINGS,
  'Any practitioner member of the core group can chair: chairing is not only for the social worker.',
);

/** The meeting reviews each action, the risks, and whether parents and children are engaged. */
export const WALES_MEETING_TASKS: RuleSource = saying(
  WALES_CORE_GROUP_MEETINGS,
  'Each meeting reviews the actions completed, the risks of harm and how they are addressed, and whether parents and children are engaged in the plan.',
);

/** Denied access to the child or home is reported to the manager. */
export const WALES_DENIED_ACCESS: RuleSource = saying(
  WALES_CORE_GROUP_MEETINGS,
  'A member denied access to the child or the home reports it to the other members and the social services manager.',
);

export const BLACKPOOL_SOCIAL_WORKER_ABSENT: RuleSource = {
  title: 'Blackpool Safeguarding Partnership: core group minutes',
  url: 'https://www.blackpoolsafeguarding.org.uk/for-professionals/core-group-minutes',
  note: 'The core group is chaired by the responsible social worker; if the social worker cannot attend on the day, the meeting still goes ahead and the social worker updates the plan from its notes.',
};

export const NEWCASTLE_CORE_GROUPS: RuleSource = {
  title: 'Newcastle Safeguarding Children Partnership procedures',
  paragraph: '1.4.5 Core Groups',
  url: 'https://newcastlechildcare.proceduresonline.com/chapters/g_core_group.html',
};

/** A team manager chairs where significant changes to the plan are expected (the first meeting). */
export const NEWCASTLE_MANAGER_CHAIRS: RuleSource = saying(
  NEWCASTLE_CORE_GROUPS,
  'Where significant changes to the plan may be discussed, a team manager chairs; the first meeting turns the outline plan into the working plan.',
);

export const GUERNSEY_CORE_GROUPS: RuleSource = {
  title: 'Guernsey Health and Social Care child protection procedures: Core Groups',
  url: 'http://hscchildcareprocedures.gov.gg/article/118154/Core-Groups',
  note: 'The date of the next core group is set at the first core group, and the frequency of future core groups at the conference.',
};

export const GUERNSEY_EARLY_REVIEW: RuleSource = {
  title: 'Islands Safeguarding Children Partnership (Guernsey): Review Case Conference',
  paragraph: 'When should a review be brought forward?',
  url: 'http://iscp.gg/article/118075/Review-Case-Conference',
  note: 'Bringing a review forward is considered when a significant part of the plan cannot be carried out, a person who is a danger to children begins to have contact with the child, or a significant change affects the child’s safety.',
};

export const NON_COMPLIANCE_PROCEDURES: RuleSource = {
  title: 'Local procedures on non-compliance by parents or carers (Kent and Medway 3.7)',
  paragraph: '3.7 Non-Compliance',
  url: 'http://www.proceduresonline.com/kentandmedway/chapters/p_non_comp.html',
  note: 'Lack of co-operation, resistance and disguised compliance are a feature of many serious case reviews; non-intervention is not an option.',
};

export const NSPCC_HIDDEN_MEN: RuleSource = {
  title: 'NSPCC, Hidden men: learning from case reviews (2015); Unseen men (2022)',
  url: 'https://learning.nspcc.org.uk/research-resources/learning-from-case-reviews/hidden-men',
  note: 'Case reviews found fathers and mothers’ new partners in the household who were never identified or assessed.',
};

export const CORE_GROUP_LENS_CHAIR_PRACTICE: RuleSource = {
  title: 'Local core group practice: agreeing who chairs and deputises',
  paragraph:
    'Newcastle 1.4.5 (the first meeting confirms membership and roles); Bradford 1.4.4 and 1.4.6 (the group meets without the social worker; flexibility over who chairs)',
  url: 'https://bscb.procedures.org.uk/ykosp/assessing-need-and-providing-help/core-groups-procedure',
  note: 'A chair and a vice chair agreed at the first meeting keep the core group meeting when the chair is away. A local practice standard: no national rule sets it.',
};

/** The built-in procedures leave the two local meeting options off; a pilot turns them on. */
export const PRACTICE_LEAD_CHAIRS_FIRST_OFF: LocalOption = offByDefault(
  NEWCASTLE_MANAGER_CHAIRS,
  'Off by default: Working Together sets no rule. Turn on where the local procedure has a practice lead or manager chair the first core group.',
);

export const SAME_CHAIR_EVERY_MEETING_OFF: LocalOption = offByDefault(
  WALES_SHARED_CHAIR,
  'Off by default: guidance encourages sharing the chair but does not require it. Turn on to be told when one person has chaired every core group.',
);
