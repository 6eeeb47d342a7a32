import { z } from "zod";
import { idSchema, textSchema } from "./primitives";

/** A structure a needle must not reach, with how deep it typically lies. */
export const structureAtRiskSchema = z.strictObject({
  /** The structure, e.g. "Lung (pleura)". */
  structure: textSchema,
  /** Why it matters and how to avoid it. */
  note: textSchema,
  /** Id of the danger zone in `safety.json` this structure belongs to; the zone must list the muscle. */
  dangerZone: idSchema.optional(),
  /**
   * Typical depth as the minimum skin-to-structure distance in a slim adult, in millimetres, where it
   * matters; within the linked danger zone's `depthMm` range.
   */
  typicalDepthMm: z.number().positive().optional(),
});

/** Needling notes for practitioners. */
export const needlingSchema = z.strictObject({
  /** Patient position. */
  position: textSchema,
  /** Approach: how the muscle is held or palpated and the needle's direction. */
  approach: textSchema,
  /** Cautions particular to this muscle. */
  cautions: z.array(textSchema),
  /** Structures at risk, deepest danger first. */
  structuresAtRisk: z.array(structureAtRiskSchema),
});

/** Practitioner needling notes. */
export type Needling = z.infer<typeof needlingSchema>;
/** A structure at risk during needling. */
export type StructureAtRisk = z.infer<typeof structureAtRiskSchema>;
