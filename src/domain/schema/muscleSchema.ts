import { z } from "zod";
import { geometrySchema } from "./geometrySchema";
import { needlingSchema } from "./needlingSchema";
import { idSchema, textSchema } from "./primitives";
import { citationSchema } from "./sourceSchema";
import { triggerPointSchema } from "./triggerPointSchema";
import { zoneSchema } from "./zoneSchema";

/**
 * A referral pattern the manual charts once for a group of muscles (the scalenes), rather than for each
 * muscle alone: the zones of every member are that shared pattern, not a split the data invented.
 */
export const groupPatternSchema = z.strictObject({
  /** Ids of every muscle of the group, this one included; each member lists the same group. */
  muscles: z.array(idSchema).min(2, "a group pattern names at least two muscles"),
  /** One plain sentence saying how the manual charts the group. */
  note: textSchema,
});

/** Depth layer of a muscle: each layer lies under the one above it. */
export const layerSchema = z.enum(["superficial", "intermediate", "deep"]);

/** A muscle with its trigger points and referral pattern. */
export const muscleSchema = z.strictObject({
  /** Kebab-case id; glTF nodes are `<id>.left` / `<id>.right`, or `<id>` for midline muscles. */
  id: idSchema,
  /** Common English name. */
  name: textSchema,
  /** Latin (Terminologia Anatomica) name. */
  latinName: textSchema,
  /** Other names people search for. */
  aliases: z.array(textSchema).default([]),
  /**
   * Ids this muscle had in earlier versions of the dataset, so old links still open it (e.g. the sternal
   * division keeps `sternocleidomastoid`). A former id may name no current muscle and belong to one muscle only.
   */
  formerIds: z.array(idSchema).default([]),
  /** Depth layer. */
  layer: layerSchema,
  /** true for unpaired muscles on the midline (one instance, no side suffix). */
  midline: z.boolean().default(false),
  /** Ids of the regions the muscle lies in. */
  regions: z.array(idSchema).min(1, "needs at least one region"),
  /** How often this muscle is a source of referred pain in clinical practice. */
  prevalence: z.enum(["very-common", "common", "occasional"]),
  /** Anatomy for practitioners and students. */
  anatomy: z.strictObject({
    /** Where the muscle arises. */
    origin: textSchema,
    /** Where it inserts. */
    insertion: textSchema,
    /** What it does. */
    action: textSchema,
    /** Its nerve supply and roots. */
    innervation: textSchema,
  }),
  /** What the model generator builds the mesh from. */
  geometry: geometrySchema,
  /** One to four common trigger points. */
  triggerPoints: z
    .array(triggerPointSchema)
    .min(1, "needs at least one trigger point")
    .max(4, "at most four trigger points"),
  /** The referred-pain pattern. */
  referral: z.strictObject({
    /** One plain sentence describing where the pain is felt. */
    description: textSchema,
    /** Zones in the body frame (left side for bilateral muscles). */
    zones: z.array(zoneSchema).min(1, "needs at least one zone"),
    /** Set when the manual charts one pattern for a group of muscles that includes this one. */
    groupPattern: groupPatternSchema.optional(),
  }),
  /** One plain-language paragraph for patients. */
  summary: textSchema,
  /** What people notice. */
  symptoms: z.array(textSchema).min(1, "needs at least one symptom"),
  /** Habits and conditions that keep trigger points going. */
  perpetuatingFactors: z.array(textSchema).default([]),
  /** Other problems that cause similar pain and should be ruled out. */
  differentials: z.array(textSchema).default([]),
  /** Ids of satellite or associated muscles. */
  associatedMuscles: z.array(idSchema).default([]),
  /** Self-care in plain words. */
  selfCare: z.array(textSchema).min(1, "needs at least one self-care tip"),
  /** Needling notes for practitioners. */
  needling: needlingSchema,
  /** Chapters of the standard references this entry is consistent with. */
  sources: z.array(citationSchema).min(1, "needs at least one source"),
});

/** A muscle of the dataset. */
export type Muscle = z.infer<typeof muscleSchema>;
/** A pattern charted once for a group of muscles. */
export type GroupPattern = z.infer<typeof groupPatternSchema>;
/** Depth layer. */
export type Layer = z.infer<typeof layerSchema>;
