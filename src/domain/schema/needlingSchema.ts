import { z } from "zod";
import { textSchema } from "./primitives";

/** A structure a needle must not reach, with how deep it typically lies. */
export const structureAtRiskSchema = z.strictObject({
  /** The structure, e.g. "Lung (pleura)". */
  structure: textSchema,
  /** Why it matters and how to avoid it. */
  note: textSchema,
  /** Typical skin-to-structure depth in millimetres in a slim adult, where it matters. */
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
