import type { SiteProfile } from '../site-profile';
import { CAREFLOW_PROFILE } from './careflow';
import { GRIDCASE_PROFILE } from './gridcase';

export { CAREFLOW_EXAMPLES, CAREFLOW_PROFILE } from './careflow';
export { GRIDCASE_EXAMPLES, GRIDCASE_PROFILE } from './gridcase';

/** The profiles shipped with the extension: the demo case system's two markup styles. */
export const BUILT_IN_PROFILES: readonly SiteProfile[] = [CAREFLOW_PROFILE, GRIDCASE_PROFILE];
