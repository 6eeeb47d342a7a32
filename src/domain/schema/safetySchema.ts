import { z } from "zod";
import { idSchema, textSchema } from "./primitives";
import { citationSchema } from "./sourceSchema";
import { capsuleZoneSchema, ellipsoidZoneSchema } from "./zoneSchema";

/** One shape of a danger zone's outline on the skin: an ellipsoid or a capsule, as referral zones are written. */
export const dangerShapeSchema = z.discriminatedUnion("shape", [
  ellipsoidZoneSchema.omit({ kind: true, side: true }),
  capsuleZoneSchema.omit({ kind: true, side: true }),
]);

/**
 * Where a danger zone lies under the skin, for the practitioners' overlay: shapes anchored on
 * landmarks (written for the left side and mirrored; painted where they meet the skin), and the
 * works the outline follows.
 */
export const dangerSurfaceSchema = z.strictObject({
  /** The shapes whose union, where it meets the skin, is drawn. */
  shapes: z.array(dangerShapeSchema).min(1),
  /** The works the outline follows. */
  sources: z.array(citationSchema).min(1),
});

/** An anatomical danger zone for needling. */
export const dangerZoneSchema = z.strictObject({
  /** Kebab-case id, e.g. `lung-apex`. */
  id: idSchema,
  /** Display name. */
  name: textSchema,
  /** The structure at risk. */
  structure: textSchema,
  /** Muscles whose needling passes near it. */
  muscles: z.array(idSchema).min(1),
  /** Landmarks near which it lies. */
  landmarks: z.array(idSchema).default([]),
  /**
   * The range of the minimum skin-to-structure depths at the zone's sites in a slim adult, in
   * millimetres, as the guidance states them; muscles' depths for the zone lie within it.
   */
  depthMm: z
    .strictObject({
      /** The shallowest site. */
      min: z.number().positive(),
      /** The deepest site. */
      max: z.number().positive(),
    })
    .refine((range) => range.min <= range.max, "min must not exceed max")
    .optional(),
  /** What practitioners do to stay safe. */
  guidance: textSchema,
  /** Its outline on the skin, for zones the overlay draws. */
  surface: dangerSurfaceSchema.optional(),
});

/** Patient information on dry needling and practitioner safety. */
export const safetySchema = z.strictObject({
  /** What a session is like, as plain steps. */
  session: z.strictObject({
    /** One plain paragraph. */
    summary: textSchema,
    /** The session step by step. */
    steps: z.array(textSchema).min(1),
  }),
  /** General precautions. */
  precautions: z.array(textSchema).min(1),
  /** What to tell the practitioner before a session. */
  tellYourProvider: z.array(textSchema).min(1),
  /** Common, usually mild, side effects. */
  sideEffects: z.array(textSchema).min(1),
  /** How dry needling differs from acupuncture. */
  versusAcupuncture: textSchema,
  /** Signs that need a doctor rather than muscle treatment. */
  seeADoctorFirst: z.array(textSchema).min(1),
  /** Plainly, how strong the evidence for dry needling and for trigger-point maps is. */
  evidence: textSchema,
  /** Honest note on what the app can and cannot tell. */
  disclaimer: textSchema,
  /** Anatomical danger zones for practitioners. */
  dangerZones: z.array(dangerZoneSchema).min(1),
});

/** The safety file. */
export type Safety = z.infer<typeof safetySchema>;
/** A needling danger zone. */
export type DangerZone = z.infer<typeof dangerZoneSchema>;
/** One shape of a danger zone's outline. */
export type DangerShape = z.infer<typeof dangerShapeSchema>;
