import { z } from "zod";
import { idSchema, textSchema } from "./primitives";

/** A published work the dataset is consistent with. */
export const sourceSchema = z.strictObject({
  /** Kebab-case id cited from muscles and conditions, e.g. `travell-simons-v1`. */
  id: idSchema,
  /** Title of the work. */
  title: textSchema,
  /** Authors as printed. */
  authors: textSchema,
  /** Edition, e.g. "2nd". */
  edition: textSchema,
  /** Volume number when the work has several. */
  volume: z.number().int().positive().optional(),
  /** Year of that edition. */
  year: z.number().int(),
  /** Publisher. */
  publisher: textSchema,
});

/** A citation of a source: which work, and the chapter (or, where its number is not known, the section title). */
export const citationSchema = z
  .strictObject({
    /** Id of a source in `data/sources.json`. */
    source: idSchema,
    /** Chapter number. */
    chapter: z.number().int().positive().optional(),
    /** Section title or page range; names the part cited when there is no chapter number. */
    section: textSchema.optional(),
  })
  .refine((c) => c.chapter !== undefined || c.section !== undefined, "needs a chapter or a section");

/** The sources file. */
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });

/** A published work. */
export type Source = z.infer<typeof sourceSchema>;
/** A citation of a chapter of a source. */
export type Citation = z.infer<typeof citationSchema>;
