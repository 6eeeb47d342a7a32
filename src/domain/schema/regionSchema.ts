import { z } from "zod";
import { idSchema, textSchema } from "./primitives";

/** A clickable part of the skin surface, such as the neck or the IT band. */
export const regionSchema = z.strictObject({
  /** Kebab-case id, e.g. `it-band`. */
  id: idSchema,
  /** Display name, e.g. "IT band". */
  name: textSchema,
  /** One or two plain sentences on what the region covers. */
  description: textSchema,
  /**
   * Surface landmark ids whose nearest skin belongs to this region. The skin is split by the
   * nearest anchor, so anchors decide where a click on the skin lands.
   */
  anchors: z.array(idSchema).min(1, "needs at least one anchor landmark"),
});

/** The regions file. */
export const regionsFileSchema = z.strictObject({ regions: z.array(regionSchema) });

/** A clickable body region. */
export type Region = z.infer<typeof regionSchema>;
