import { z } from "zod";
import { landmarkRefSchema, positiveLengthSchema } from "./primitives";

/** Essential zones are where referred pain is felt in nearly everyone; spillover in some. */
export const zoneKindSchema = z.enum(["essential", "spillover"]);

const zoneCommon = {
  /** Essential (solid in the pictures) or spillover (stippled). */
  kind: zoneKindSchema,
  /** `same` paints the side of the muscle instance; `both` paints both sides of the body. */
  side: z.enum(["same", "both"]).default("same"),
};

/** An ellipsoid zone: a patch around a landmark, its radii along X, Y and Z in metres. */
export const ellipsoidZoneSchema = z.strictObject({
  ...zoneCommon,
  shape: z.literal("ellipsoid"),
  /** Centre of the patch (left-side landmark ids for bilateral muscles). */
  center: landmarkRefSchema,
  /** Radii along X, Y, Z in metres; each must be greater than zero. */
  radii: z.tuple([positiveLengthSchema, positiveLengthSchema, positiveLengthSchema]),
});

/** A capsule zone: a band of the given radius along a path of landmarks. */
export const capsuleZoneSchema = z.strictObject({
  ...zoneCommon,
  shape: z.literal("capsule"),
  /** Two or more points the band runs through. */
  path: z.array(landmarkRefSchema).min(2, "a capsule path needs at least two points"),
  /** Half-width of the band in metres. */
  radius: positiveLengthSchema,
});

/** One geometric primitive of a referral pattern. */
export const zoneSchema = z.discriminatedUnion("shape", [ellipsoidZoneSchema, capsuleZoneSchema]);

/** A referral zone as written in the data. */
export type Zone = z.infer<typeof zoneSchema>;
/** Essential or spillover. */
export type ZoneKind = z.infer<typeof zoneKindSchema>;
