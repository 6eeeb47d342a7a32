/** Body parts that label the skin primitives; a skin vertex takes its region from anchors its part allows. */
export const BodyPart = { head: 0, neck: 1, trunk: 2, arm: 3, hand: 4, thigh: 5, shank: 6, foot: 7 } as const;

/** One of the `BodyPart` values. */
export type BodyPartId = (typeof BodyPart)[keyof typeof BodyPart];

/** Region ids whose anchors may claim skin of each body part (ids missing from the dataset are ignored). */
export const partRegions: Readonly<Record<BodyPartId, readonly string[]>> = {
  [BodyPart.head]: ["head", "jaw"],
  [BodyPart.neck]: ["neck", "jaw", "head", "shoulder"],
  [BodyPart.trunk]: ["neck", "shoulder", "upper-back", "low-back", "chest", "abdomen", "buttock-hip", "front-thigh"],
  [BodyPart.arm]: ["shoulder", "upper-arm", "elbow", "forearm", "wrist-hand", "chest"],
  [BodyPart.hand]: ["wrist-hand", "forearm"],
  [BodyPart.thigh]: ["buttock-hip", "it-band", "front-thigh", "back-thigh", "knee"],
  [BodyPart.shank]: ["knee", "lower-leg", "ankle-foot"],
  [BodyPart.foot]: ["ankle-foot"],
};
