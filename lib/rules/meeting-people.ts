import type { MeetingPerson, MeetingPersonKind } from '../domain';

/** Words compared loosely: case, apostrophes, punctuation and spacing ignored. */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Whole roles, compared after `words`: family by their words, staff by their titles.
const PARENT =
  /^(mother|father|mum|dad|parents?|mother and father|(birth|adoptive) (mother|father|parent))$/;
const CARER = /^(carer|kinship carer|foster carer|special guardian|grandparent carer)$/;
const CHILD = /^(the )?(child|young person|subject child)$/;
const FAMILY =
  /^(grand(mother|father|parent)|aunt|uncle|sister|brother|sibling|cousin|step ?(mother|father)|((mother|father|mum|dad)s )?partner|family friend)$/;
const PRACTICE_LEAD =
  /\b(practice lead(er)?|(assistant )?team manager|practice manager|service manager)\b/;
const PROFESSIONAL =
  /\b(teacher|nurse|health visitor|midwife|gp|doctor|paediatrician|senco|safeguarding lead|dsl|head of year|head ?teacher|worker|police|officer|therapist|psychologist|counsellor|mentor|practitioner|probation|housing|camhs|advocate|nursery|school|consultant|clinician)\b/;

/**
 * What someone is at the meeting, from the role the record gives: the lead social worker, a
 * practice lead or manager, another social worker, family by their words, or a professional
 * (anyone named with an agency, or by a professional's title). Undefined when the role says
 * none of these: the checks then say the role is not known, never guess it.
 */
export function kindFromRole(role?: string, agency?: string): MeetingPersonKind | undefined {
  const said = words(role ?? '');
  if (/\blead social worker\b/.test(said)) return 'lead-social-worker';
  if (PRACTICE_LEAD.test(said)) return 'practice-lead';
  if (/\bsocial worker\b/.test(said)) return 'social-worker';
  if (PARENT.test(said)) return 'parent';
  if (CARER.test(said)) return 'carer';
  if (CHILD.test(said)) return 'child';
  if (FAMILY.test(said)) return 'family-member';
  if (agency !== undefined) return 'professional';
  return said !== '' && PROFESSIONAL.test(said) ? 'professional' : undefined;
}

/** What someone is at the meeting: as the record says, or else as their role says. */
export function kindOf(person: MeetingPerson): MeetingPersonKind | undefined {
  return person.kind ?? kindFromRole(person.role, person.agency);
}
