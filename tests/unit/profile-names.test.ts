import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import { BUILT_IN_PROFILE_NAMES, builtInProfileName } from '../../lib/extract/profiles/names';

describe('builtInProfileName (the sidebar names a profile without loading it)', () => {
  it('names every built-in profile as the profile itself does, and no other', () => {
    expect(Object.keys(BUILT_IN_PROFILE_NAMES).sort()).toEqual(
      BUILT_IN_PROFILES.map((p) => p.id).sort(),
    );
    for (const profile of BUILT_IN_PROFILES) {
      expect(builtInProfileName(profile.id)).toBe(profile.name);
    }
  });

  it('names nothing for a taught profile or a key every object has', () => {
    for (const id of ['example-cases', '', 'CareFlow', '__proto__', 'constructor', 'toString']) {
      expect(builtInProfileName(id), id).toBeUndefined();
    }
  });
});
