import type { MeetingApology, MeetingPerson } from '../../lib/domain';

/**
 * A core group member as the demo's meeting records name them, "Name (role, agency)". No `kind`:
 * the pages show only the role, and the checks work the kind out from it.
 */
export function member(name: string, role: string, agency?: string): MeetingPerson {
  return agency === undefined ? { name, role } : { name, role, agency };
}

/** A member who sent apologies, with whether the record says they sent a written update. */
export function apology(person: MeetingPerson, writtenUpdateSent?: boolean): MeetingApology {
  return writtenUpdateSent === undefined ? { ...person } : { ...person, writtenUpdateSent };
}
