import { z } from "zod";
import { idSchema, textSchema } from "./primitives";

/**
 * A trigger point, placed on its muscle: `along` runs from the origin (0) to the insertion (1),
 * `across` from one edge of the muscle (-1) through its axis (0) to the other (+1).
 * The model generator resolves it onto the muscle's mesh (scripts/model/muscles/triggerPointPositions.ts)
 * and stores the body-frame position in the GLB.
 */
export const triggerPointSchema = z.strictObject({
  /** Kebab-case id unique within the muscle, e.g. `tp1`. */
  id: idSchema,
  /** Short label, e.g. "Mid-belly of the upper fibres". */
  name: textSchema,
  /** Fraction of the muscle length from origin (0) to insertion (1). */
  along: z.number(),
  /** Position across the muscle width, -1 to 1. */
  across: z.number(),
  /** How to find it and what it feels like. */
  description: textSchema,
});

/** A trigger point of a muscle. */
export type TriggerPoint = z.infer<typeof triggerPointSchema>;
