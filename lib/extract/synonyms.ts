import type { FieldPath } from './fields';
import { normaliseLabel } from './normalise-label';
import type { YesNoWords } from './parse-yes-no';

/** Labels a case system may give each field; data, so a site profile can add its own. */
export type Synonyms = { [F in FieldPath]?: string[] };

const MEETING_DATE = ['Date', 'Meeting date', 'Date of meeting', 'Date held', 'Held on'];
const MEETING_STATUS = ['Status', 'Meeting status', 'Held', 'Outcome'];
const CHILD_ID = ['Child ID', 'Person ID', 'Child ref', 'Child reference', 'Client ID', 'ID'];
const CHILD_NAME = ['Child', 'Child name', 'Name of child', "Child's name", 'Name'];

/**
 * The built-in labels, by record field. English, Welsh-procedure and Scottish wording (CPPM:
 * National Guidance for Child Protection in Scotland 2021, part 3) sit side by side. A label
 * that names several fields ("Date") is resolved by the list or page it appears on.
 */
export const BUILT_IN_SYNONYMS: Synonyms = {
  caseId: [
    'Case ID',
    'Case number',
    'Case no',
    'Case ref',
    'Case reference',
    'Family ID',
    'Family reference',
    'Case',
  ],
  region: ['Region', 'Nation', 'Country', 'Jurisdiction', 'Procedures', 'Procedures followed'],
  icpcDate: [
    'ICPC date',
    'Date of ICPC',
    'ICPC',
    'ICPC held',
    'Initial child protection conference',
    'Initial child protection conference date',
    'Date of initial child protection conference',
    'Initial CP conference',
    'Initial CP conference date',
    'Initial conference date',
    'Initial conference',
    'Child protection planning meeting',
    'Child Protection Planning Meeting date',
    'Initial child protection planning meeting',
    'CPPM date',
    'Date of CPPM',
    'Initial CPPM date',
    'Date of initial CPPM',
    'Plan start date',
    'Child protection plan start date',
    'Registration date',
  ],
  planEndDate: [
    'Plan end date',
    'Plan ended',
    'End of plan',
    'Child protection plan end date',
    'Date plan ended',
    'Date de-registered',
    'Deregistration date',
  ],
  'children.id': CHILD_ID,
  'children.name': CHILD_NAME,
  'children.dateOfBirth': ['Date of birth', 'DOB', 'D.O.B.', 'Born', 'Birth date'],
  'children.preVerbal': ['Pre-verbal', 'Preverbal', 'Pre verbal', 'Is the child pre-verbal'],
  'children.seenAloneNotRequired': [
    'Seen alone not required',
    'Not required to be seen alone',
    'Conference agreed child need not be seen alone',
    'Seen alone exemption',
  ],
  'reviewConferences.date': [
    ...MEETING_DATE,
    'Review conference date',
    'Review date',
    'Date of review',
    'Review child protection conference',
    'Review CP conference date',
    'RCPC date',
    'Date of RCPC',
    'Review CPPM date',
    'Review child protection planning meeting',
    'Next review',
    'Next review conference',
  ],
  'reviewConferences.status': MEETING_STATUS,
  'reviewConferences.reportSharedDate': [
    'Report shared',
    'Report shared date',
    'Report shared with family',
    'Date report shared',
    'Report sent to family',
    'Report circulated',
    'Conference report shared',
  ],
  'coreGroups.date': [
    ...MEETING_DATE,
    'Core group date',
    'Date of core group',
    'Core group meeting date',
    'Core group',
    'Next core group',
  ],
  'coreGroups.status': MEETING_STATUS,
  'coreGroups.minutesCirculatedDate': [
    'Minutes circulated',
    'Minutes circulated date',
    'Date minutes circulated',
    'Minutes sent',
    'Minutes distributed',
    'Record circulated',
    'Record shared',
  ],
  'coreGroups.attendees': ['Attendees', 'Attended', 'Present', 'Attendance', 'Members present'],
  'coreGroups.apologies': ['Apologies', 'Apologies received', 'Absent', 'Sent apologies'],
  // A bare "Chair" or "Risk" is left out: conference pages and plans use them too.
  'coreGroups.chair': ['Chaired by'],
  'coreGroups.viceChair': ['Vice chair'],
  'coreGroups.childSituation': ["Child's current situation"],
  'coreGroups.actionProgress': ['Progress on plan actions'],
  'coreGroups.riskTrend': ['Risk since last meeting'],
  'coreGroups.nonCooperation': ['Non-co-operation'],
  'coreGroups.newActions': ['New or amended actions'],
  'coreGroups.parentsViews': ["Parents' views"],
  'coreGroups.childViews': ["Child's views"],
  'coreGroups.parentsAbsenceReason': ['Reason parents did not attend'],
  'coreGroups.nextMeetingDate': ['Next meeting date'],
  'coreGroups.futureDatesAgreed': ['Future dates agreed'],
  'coreGroups.householdChanges': ['Household changes since last meeting'],
  'visits.date': [
    'Date',
    'Visit date',
    'Date of visit',
    'Home visit date',
    'Statutory visit date',
    'Date seen',
  ],
  'visits.childId': CHILD_ID,
  'visits.childName': CHILD_NAME,
  'visits.seen': ['Seen', 'Child seen', 'Was the child seen', 'Seen?'],
  'visits.seenAlone': [
    'Seen alone',
    'Seen alone?',
    'Child seen alone',
    'Was the child seen alone',
    'Was the child seen on their own',
    'Seen on their own',
    'Seen and spoken to alone',
    'Spoken to alone',
  ],
  'schoolMoves.date': [
    'School move date',
    'Date of school move',
    'Moved school',
    'Date started at new school',
    'Start date at new school',
    'School start date',
    'Date of move',
  ],
  'schoolMoves.childId': CHILD_ID,
  'schoolMoves.childName': CHILD_NAME,
  'plans.childId': CHILD_ID,
  'plans.childName': [...CHILD_NAME, 'Plan for'],
  'plans.sections.child-seen': [
    'When and where the child will be seen',
    'How the child will be seen',
    'Seeing the child',
    'Child seen',
    'Seeing the child alone',
  ],
  'plans.sections.needs': ["Child's needs", 'Needs', 'Needs of the child', 'Concerns and needs'],
  'plans.sections.objectives': [
    'Objectives',
    'Outcomes',
    'Desired outcomes',
    'What needs to change',
  ],
  'plans.sections.actions': ['Strategies and actions', 'Strategy', 'Strategies'],
  'plans.sections.timescales': ['Timescales', 'Timescale', 'When progress is reviewed'],
  'plans.sections.responsibilities': [
    'Responsibilities',
    'Who is responsible',
    'Roles and responsibilities',
  ],
  'plans.sections.resources': ['Resources', 'Services and resources', 'Services provided'],
  'plans.sections.contact-frequency': [
    'Contact frequency',
    'Frequency of contact',
    'How often professionals will have contact',
  ],
  'plans.sections.success-measures': [
    'Success measures',
    'Measures of success',
    'How progress will be measured',
    'How we will know things are better',
  ],
  'plans.sections.contingency': [
    'Contingency',
    'Contingency plan',
    'What happens if things do not change',
  ],
  'plans.sections.contacts': [
    'Contacts',
    'Contact details',
    'Names and contact details',
    'Core group contacts',
  ],
  'plans.sections.child-views': [
    "Child's views",
    'Views of the child',
    'Wishes and feelings',
    "Child's wishes and feelings",
    'Voice of the child',
  ],
  'plans.actions.childId': CHILD_ID,
  'plans.actions.childName': CHILD_NAME,
  'plans.actions.text': ['Action', 'What', 'Task', 'What will happen', 'What will be done'],
  'plans.actions.owner': ['Owner', 'Who', 'Responsible', 'Person responsible', 'Lead', 'By whom'],
  'plans.actions.due': ['Due', 'Due date', 'By when', 'When', 'Target date', 'Deadline'],
  'plans.actions.measure': [
    'Measure',
    'Success measure',
    'How we will know',
    'How we will know it has worked',
    'Evidence',
    'Outcome measure',
  ],
  'plans.actions.status': ['Status', 'Progress', 'RAG'],
};

/**
 * Whole answers accepted beside yes/no for a field. "Not seen alone" is a no for seen alone
 * but says nothing certain about whether the child was seen at all, so it is not listed there.
 */
export const YES_NO_WORDS: { readonly [F in FieldPath]?: YesNoWords } = {
  'visits.seenAlone': {
    yes: ['Seen alone', 'Child seen alone', 'Spoken to alone', 'Seen and spoken to alone', 'Alone'],
    no: [
      'Not seen alone',
      'Seen not alone',
      'Seen but not alone',
      'Not alone',
      'Seen with parent',
      'Seen with carer',
      'Seen with family',
      'Not seen',
      'Child not seen',
    ],
  },
  'visits.seen': {
    yes: ['Seen', 'Child seen', 'Seen alone', 'Seen not alone', 'Seen but not alone'],
    no: ['Not seen', 'Child not seen', 'No access'],
  },
  'children.preVerbal': { yes: ['Pre-verbal', 'Preverbal'], no: ['Verbal'] },
};

/** Labels (normalised) to the fields they may name: a fast lookup built once per synonym set. */
export type SynonymIndex = ReadonlyMap<string, readonly FieldPath[]>;

export function buildSynonymIndex(...sets: readonly Synonyms[]): SynonymIndex {
  const index = new Map<string, FieldPath[]>();
  for (const set of sets) {
    for (const [field, labels] of Object.entries(set) as [FieldPath, readonly string[]][]) {
      for (const label of labels ?? []) {
        const key = normaliseLabel(label);
        if (key === '') continue;
        const fields = index.get(key) ?? [];
        if (!fields.includes(field)) fields.push(field);
        index.set(key, fields);
      }
    }
  }
  return index;
}

// Pure, so a bundle that does not use it drops it: the content script, which runs on every page
// of the case system, imports this file for BUILT_IN_SYNONYMS alone and would otherwise build the
// index (about 1 ms of the host page's load, profiled) and throw it away.
export const BUILT_IN_INDEX: SynonymIndex = /* @__PURE__ */ buildSynonymIndex(BUILT_IN_SYNONYMS);

/** The fields a label may name, [] when it names none. */
export function fieldsForLabel(
  label: string,
  index: SynonymIndex = BUILT_IN_INDEX,
): readonly FieldPath[] {
  return index.get(normaliseLabel(label)) ?? [];
}
