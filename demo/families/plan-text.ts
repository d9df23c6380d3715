import type { ChildPlan, PlanSectionId } from '../../lib/domain';

export interface PlanWording {
  child: string;
  worker: string;
  /** The concern the plan addresses, said plainly, e.g. "neglect of the children's basic care". */
  concern: string;
  /** What must change, e.g. "the home is kept safe and warm". */
  change: string;
  school: string;
  visitsEvery: string;
  coreGroupEvery: string;
  /** How the child's voice is heard, when "says" does not fit (a baby). */
  childViews?: string;
}

/** Plausible text for every plan section; a family leaves some out to show a gap. */
export function planSections(w: PlanWording): Record<PlanSectionId, string> {
  return {
    'child-seen': `${w.worker} will see ${w.child} ${w.visitsEvery}, at home and at ${w.school}, and alone at each visit.`,
    needs: `${w.child} needs to be safe from ${w.concern}, and to be supported at ${w.school}.`,
    objectives: `Within six months ${w.change}, and ${w.child} is safe and well cared for at home.`,
    actions: `Parenting support, health checks and school support, as set out in the actions below.`,
    timescales: `Progress is reviewed at each core group (${w.coreGroupEvery}) and at the review conference.`,
    responsibilities: `The lead social worker co-ordinates; parents, school and health each own their actions below.`,
    resources: `Family support worker two sessions a week; parenting course place funded by the council.`,
    'contact-frequency': `Social worker ${w.visitsEvery}; family support worker twice weekly; school nurse monthly.`,
    'success-measures': `${w.change}; school attendance above 95%; no new concerns reported.`,
    contingency: `If the home conditions or ${w.child}'s safety do not improve, the lead social worker will seek legal advice and ask for an early review conference.`,
    contacts: `Lead social worker: ${w.worker}. Core group members' contact details are on the case summary.`,
    'child-views':
      w.childViews ??
      `${w.child} says they want "things to be calmer at home" and to keep seeing their friends.`,
  };
}

/** A plan with every section except those named in `missing`. */
export function plan(
  childId: string,
  wording: PlanWording,
  actions: ChildPlan['actions'],
  missing: PlanSectionId[] = [],
): ChildPlan {
  const sections: ChildPlan['sections'] = {};
  for (const [id, text] of Object.entries(planSections(wording)) as [PlanSectionId, string][]) {
    if (!missing.includes(id)) sections[id] = text;
  }
  return { childId, sections, actions };
}
