import type { CoreGroup, MeetingPerson, MeetingPersonKind } from '../domain';
import {
  type MeetingCheck,
  type MeetingFinding,
  type MeetingOutcome,
  meetingFinding,
} from './meeting-finding';
import { kindOf } from './meeting-people';
import {
  BLACKPOOL_SOCIAL_WORKER_ABSENT,
  WALES_MEETING_TASKS,
  WALES_WRITTEN_UPDATE,
} from './meeting-sources';
import type { RuleSource } from './timescale';

/** "Sam Oakhurst (lead social worker, Northmoor Council)", as the record names them. */
export function personLabel(person: MeetingPerson): string {
  const about = [person.role, person.agency].filter((p) => p !== undefined && p.trim() !== '');
  return about.length > 0 ? `${person.name} (${about.join(', ')})` : person.name;
}

/** Children's social care: the lead social worker, or someone who can stand in for them. */
const SOCIAL_CARE: readonly MeetingPersonKind[] = [
  'lead-social-worker',
  'social-worker',
  'practice-lead',
];
/** Members who attend for an agency, and so are asked for a written update when absent. */
const PRACTITIONERS: readonly MeetingPersonKind[] = [...SOCIAL_CARE, 'professional'];

const ofKind = (people: readonly MeetingPerson[], kinds: readonly MeetingPersonKind[]) =>
  people.filter((p) => {
    const kind = kindOf(p);
    return kind !== undefined && kinds.includes(kind);
  });
const roleUnknown = (people: readonly MeetingPerson[]) =>
  people.filter((p) => kindOf(p) === undefined);

function unknownRoles(people: readonly MeetingPerson[]): string {
  const names = roleUnknown(people).map((p) => p.name);
  return `${names.length === 1 ? 'the role of' : 'the roles of'} ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not recorded in words this recognises`;
}

const SOURCE_LEAD: RuleSource = BLACKPOOL_SOCIAL_WORKER_ABSENT;

/** What every finding of one check on one meeting (or one person at it) has in common. */
interface CheckOn {
  check: MeetingCheck;
  meeting: CoreGroup;
  source: RuleSource;
  subject?: string;
}

/** The findings of one check: each says only its outcome, reason and prompt. */
const findingsOf =
  (on: CheckOn) =>
  (outcome: MeetingOutcome, reason: string, prompt?: string): MeetingFinding =>
    meetingFinding({ ...on, outcome, reason, prompt });

type Say = ReturnType<typeof findingsOf>;

/** The attendance checks cannot say anything when who attended was not read. */
const attendanceNotRead = (say: Say, whether: string) =>
  say(
    'unknown',
    `Who attended is not recorded on the pages read, so it is not known whether ${whether} was there.`,
  );

/** Nor when no attendee is recorded as the one looking for, but some roles are not recognised. */
const rolesNotRecognised = (
  say: Say,
  attendees: readonly MeetingPerson[],
  recordedAs: string,
  whether: string,
) =>
  say(
    'unknown',
    `No attendee is recorded as ${recordedAs}, but ${unknownRoles(attendees)}, so it is not known whether ${whether} was there.`,
  );

/** The lead social worker, or a representative of children's social care, attended. */
export function leadSocialWorkerPresent(meeting: CoreGroup): MeetingFinding {
  const say = findingsOf({ check: 'lead-social-worker-present', meeting, source: SOURCE_LEAD });
  const attendees = meeting.attendees;
  if (attendees === undefined) {
    return attendanceNotRead(say, 'the lead social worker (or a representative)');
  }
  const lead = ofKind(attendees, ['lead-social-worker'])[0];
  if (lead) return say('met', `The lead social worker attended: ${personLabel(lead)}.`);
  const standIn = ofKind(attendees, SOCIAL_CARE)[0];
  if (standIn) {
    return say(
      'met',
      `The lead social worker is not recorded as present; children's social care was represented by ${personLabel(standIn)}.`,
    );
  }
  if (roleUnknown(attendees).length > 0) {
    return rolesNotRecognised(
      say,
      attendees,
      'the lead social worker or a representative',
      "children's social care",
    );
  }
  const apology = ofKind(meeting.apologies ?? [], SOCIAL_CARE)[0];
  return say(
    'gap',
    `Neither the lead social worker nor anyone from children's social care is recorded as attending${apology ? ` (${personLabel(apology)} sent apologies)` : ''}.`,
    'The lead social worker leads the core group: if they cannot attend, a manager or another social worker should attend for them, and the plan must still be updated from the meeting.',
  );
}

/** A parent attended, or the record says why not. */
export function parentsPresentOrReason(meeting: CoreGroup): MeetingFinding {
  const say = findingsOf({
    check: 'parents-present-or-reason',
    meeting,
    source: WALES_MEETING_TASKS,
  });
  const attendees = meeting.attendees;
  if (attendees === undefined) return attendanceNotRead(say, 'a parent');
  const parents = ofKind(attendees, ['parent']);
  if (parents.length > 0) {
    return say('met', `A parent attended: ${parents.map(personLabel).join('; ')}.`);
  }
  const reason = meeting.parentsAbsenceReason;
  if (typeof reason === 'string' && reason.trim() !== '') {
    return say('met', `No parent attended; the reason is recorded: "${reason.trim()}".`);
  }
  if (roleUnknown(attendees).length > 0) {
    return rolesNotRecognised(say, attendees, 'a parent', 'a parent');
  }
  if (reason === undefined) {
    return say(
      'unknown',
      'No parent is recorded as attending, and the pages read do not show whether a reason was recorded.',
    );
  }
  return say(
    'gap',
    'No parent is recorded as attending, and no reason is recorded.',
    "Record why the parents did not attend, and how their views were gathered for the meeting: the plan needs the parents' views.",
  );
}

/** Each practitioner who sent apologies sent a written update. One finding per person. */
export function absentMembersWrittenUpdate(meeting: CoreGroup): MeetingFinding[] {
  const on = {
    check: 'absent-member-written-update',
    meeting,
    source: WALES_WRITTEN_UPDATE,
  } as const;
  const apologies = meeting.apologies;
  if (apologies === undefined) {
    return [
      findingsOf(on)(
        'unknown',
        'Apologies are not recorded on the pages read, so it is not known whether anyone absent owed a written update.',
      ),
    ];
  }
  return apologies.flatMap((person): MeetingFinding[] => {
    const say = findingsOf({ ...on, subject: person.name });
    const who = personLabel(person);
    const kind = kindOf(person);
    // Family and the child owe no written update; a role not recognised might.
    if (kind !== undefined && !PRACTITIONERS.includes(kind)) return [];
    const practitioner = kind !== undefined;
    const sent = person.writtenUpdateSent;
    if (sent === true) return [say('met', `${who} sent apologies and a written update.`)];
    if (sent === undefined) {
      return practitioner
        ? [
            say(
              'unknown',
              `${who} sent apologies; whether they sent a written update is not recorded on the pages read.`,
            ),
          ]
        : [];
    }
    if (!practitioner) {
      return [
        say(
          'unknown',
          `${who} sent apologies without a written update, but their role is not recorded in words this recognises, so it is not known whether they attend for an agency.`,
        ),
      ];
    }
    return [
      say(
        'gap',
        `${who} sent apologies and no written update is recorded.`,
        `Ask ${person.name} for a written update on their work with the family, and share it with the core group.`,
      ),
    ];
  });
}
