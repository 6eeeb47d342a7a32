/**
 * Body parts that label the skin primitives. `skinParts.ts` maps them to the app's parts (head,
 * neck, trunk, each arm, each leg), which decide the skin's regions and where zones may paint.
 */
export const BodyPart = { head: 0, neck: 1, trunk: 2, arm: 3, hand: 4, thigh: 5, shank: 6, foot: 7 } as const;

/** One of the `BodyPart` values. */
export type BodyPartId = (typeof BodyPart)[keyof typeof BodyPart];
