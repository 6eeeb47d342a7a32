import { z } from "zod";

/** Kebab-case English id, e.g. `upper-trapezius` or `lateral-epicondyle`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id such as upper-trapezius");

/** A point in the body frame, metres: +X body's left, +Y up (soles at 0), +Z anterior. */
export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);

/** A non-empty sentence or paragraph of text. */
export const textSchema = z.string().trim().min(1, "must not be empty");

/** A length in metres that must be greater than zero. */
export const positiveLengthSchema = z.number().positive("must be greater than zero");

/** A point written relative to a landmark: the landmark's position plus an offset in metres. */
export const landmarkOffsetSchema = z.strictObject({
  /** Landmark id (left side for bilateral landmarks). */
  at: idSchema,
  /** Offset from the landmark, body frame, metres. */
  offset: vec3Schema,
});

/** A landmark id, or a landmark plus an offset. */
export const landmarkRefSchema = z.union([idSchema, landmarkOffsetSchema]);

/** Reference to a landmark, optionally offset. */
export type LandmarkRef = z.infer<typeof landmarkRefSchema>;
/** A point in the body frame. */
export type Vec3 = z.infer<typeof vec3Schema>;
