import { z } from "zod";
import { idSchema, textSchema } from "./primitives";
import { citationSchema } from "./sourceSchema";

/** A condition people come with, and the muscles commonly involved. */
export const conditionSchema = z.strictObject({
  /** Kebab-case id, e.g. `tennis-elbow`. */
  id: idSchema,
  /** Display name. */
  name: textSchema,
  /** Other names people search for. */
  aliases: z.array(textSchema).default([]),
  /** A plain description. */
  summary: textSchema,
  /** Muscle ids commonly involved, most likely first; at least two. */
  muscles: z.array(idSchema).min(2, "needs at least two muscles"),
  /** Region ids where the pain is felt. */
  regions: z.array(idSchema).default([]),
  /** Signs that need a doctor before any muscle treatment. */
  redFlags: z.array(textSchema).min(1, "needs at least one red flag"),
  /** Plain self-care advice. */
  selfCare: z.array(textSchema).default([]),
  /** Chapters this entry is consistent with. */
  sources: z.array(citationSchema).default([]),
});

/** The conditions file. */
export const conditionsFileSchema = z.strictObject({ conditions: z.array(conditionSchema) });

/** A condition. */
export type Condition = z.infer<typeof conditionSchema>;
