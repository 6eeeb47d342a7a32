import { z } from "zod";
import { landmarkRefSchema, positiveLengthSchema } from "./primitives";

/** How the model generator shapes a muscle. */
export const muscleShapeSchema = z.enum(["fusiform", "fan", "sheet", "strap"]);

/** What the model generator needs to build a muscle mesh. */
export const geometrySchema = z.strictObject({
  /** fusiform: spindle belly tapering to tendons; fan: wide origin converging; sheet: flat; strap: long, even width. */
  shape: muscleShapeSchema,
  /** One point, or a line of points, where the muscle arises. */
  origin: z.array(landmarkRefSchema).min(1, "needs at least one origin point"),
  /** One point, or a line of points, where the muscle inserts. */
  insertion: z.array(landmarkRefSchema).min(1, "needs at least one insertion point"),
  /** Points the muscle's axis passes through between origin and insertion. */
  via: z.array(landmarkRefSchema).default([]),
  /** Widest breadth of the belly, metres. */
  width: positiveLengthSchema,
  /** Greatest thickness, metres. */
  thickness: positiveLengthSchema,
  /** Distance from the skin to the muscle's outer face, metres; defaults by layer. */
  depth: z.number().nonnegative().optional(),
  /** true: the muscle is wrapped over the body under the skin; false: a free belly between its landmarks (deep muscles such as psoas). */
  wrap: z.boolean().default(true),
});

/** Geometry spec of a muscle. */
export type MuscleGeometry = z.infer<typeof geometrySchema>;
