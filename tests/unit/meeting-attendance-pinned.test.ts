import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoreGroup, MeetingApology, MeetingPerson } from '../../lib/domain';
import {
  absentMembersWrittenUpdate,
  leadSocialWorkerPresent,
  parentsPresentOrReason,
} from '../../lib/rules/meeting-attendance';
import * as sources from '../../lib/rules/meeting-sources';

/*
 * Pins the attendance checks over every mix of who attended, who sent apologies (with and
 * without a written update, recorded or not) and a parent's absence reason, and every meeting
 * source, to their output before the checks' repeated branches were folded together: a fold
 * must not change one word, field or order. Regenerate (UPDATE_PINNED_MEETING_FINDINGS=1) only
 * when a check's output is meant to change, and say so in the commit.
 */

const FIXTURE = new URL('./meeting-attendance-pinned.json', import.meta.url);

// All names are fictional.
const PEOPLE: Record<string, MeetingPerson> = {
  lead: { name: 'Sam Oakhurst', role: 'lead social worker', agency: 'Northmoor Council' },
  sw: { name: 'Ola Brandt', role: 'social worker', kind: 'social-worker' },
  manager: { name: 'Pat Hale', role: 'team manager' },
  mum: { name: 'Dana Ambledown', role: 'mother' },
  nurse: { name: 'Tomasz Reed', role: 'school nurse', agency: 'Northmoor NHS Trust' },
  gran: { name: 'Iris Ambledown', role: 'grandmother' },
  neighbour: { name: 'Jo Pike', role: 'neighbour' },
  unnamedRole: { name: 'Rae Lund' },
};

const ATTENDEES: Record<string, string[] | undefined> = {
  'not read': undefined,
  none: [],
  lead: ['lead'],
  sw: ['sw'],
  manager: ['manager'],
  mum: ['mum'],
  nurse: ['nurse'],
  gran: ['gran'],
  'role unknown': ['neighbour'],
  'two roles unknown': ['neighbour', 'unnamedRole'],
  'nurse, role unknown': ['nurse', 'neighbour'],
  'mum, role unknown': ['mum', 'neighbour'],
  'lead, mum, nurse': ['lead', 'mum', 'nurse'],
};

const UPDATE: Record<string, boolean | undefined> = {
  sent: true,
  'not sent': false,
  '?': undefined,
};

function apologySets(): Record<string, MeetingApology[] | undefined> {
  const out: Record<string, MeetingApology[] | undefined> = { 'not read': undefined, none: [] };
  for (const who of ['lead', 'manager', 'mum', 'nurse', 'gran', 'neighbour', 'unnamedRole']) {
    for (const [said, sent] of Object.entries(UPDATE)) {
      const person = PEOPLE[who] as MeetingPerson;
      out[`${who} (${said})`] = [
        sent === undefined ? { ...person } : { ...person, writtenUpdateSent: sent },
      ];
    }
  }
  out['nurse (not sent), neighbour (?), lead (sent)'] = [
    { ...(PEOPLE.nurse as MeetingPerson), writtenUpdateSent: false },
    { ...(PEOPLE.neighbour as MeetingPerson) },
    { ...(PEOPLE.lead as MeetingPerson), writtenUpdateSent: true },
  ];
  return out;
}

const REASONS: Record<string, string | null | undefined> = {
  'not read': undefined,
  'shown empty': null,
  blank: '  ',
  given: ' Mother was in hospital. ',
};

/** Every field, in order, an explicit `undefined` included. */
function digest(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (v === undefined ? '<undefined>' : v));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function digestsNow(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, source] of Object.entries(sources)) out[`source ${name}`] = digest(source);
  const apologies = apologySets();
  for (const [attended, who] of Object.entries(ATTENDEES)) {
    for (const [apologised, sent] of Object.entries(apologies)) {
      for (const [why, reason] of Object.entries(REASONS)) {
        const meeting: CoreGroup = {
          date: '2026-02-20',
          status: 'held',
          ...(who === undefined ? {} : { attendees: who.map((p) => PEOPLE[p] as MeetingPerson) }),
          ...(sent === undefined ? {} : { apologies: sent }),
          ...(reason === undefined ? {} : { parentsAbsenceReason: reason }),
        };
        out[`attended ${attended}; apologies ${apologised}; reason ${why}`] = digest([
          leadSocialWorkerPresent(meeting),
          parentsPresentOrReason(meeting),
          absentMembersWrittenUpdate(meeting),
        ]);
      }
    }
  }
  return out;
}

describe('attendance checks over every mix of attendees, apologies and reasons', () => {
  it('give exactly the findings, and cite exactly the sources, they did before the fold', () => {
    const now = digestsNow();
    if (process.env.UPDATE_PINNED_MEETING_FINDINGS) {
      writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
    }
    const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
    expect(Object.keys(now).sort()).toEqual(Object.keys(pinned).sort());
    const changed = Object.keys(pinned).filter((name) => now[name] !== pinned[name]);
    expect(changed, 'mixes whose findings changed').toEqual([]);
  });
});
