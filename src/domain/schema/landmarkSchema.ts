import { z } from "zod";
import { idSchema, textSchema, vec3Schema } from "./primitives";

/** A named point of the body. Bilateral landmarks are written for the left side (+X). */
export const landmarkSchema = z.strictObject({
  /** Kebab-case id; instances on the body are `<id>.left` / `<id>.right`, or `<id>` when x = 0. */
  id: idSchema,
  /** Display name in plain words. */
  name: textSchema,
  /** `skeletal` points guide the model; `surface` points lie on the skin and name places people point at. */
  kind: z.enum(["skeletal", "surface"]),
  /** Position in the body frame, metres (left side for bilateral landmarks). */
  position: vec3Schema,
});

/** The landmarks file. */
export const landmarksFileSchema = z.strictObject({ landmarks: z.array(landmarkSchema) });

/** A landmark of the body frame. */
export type Landmark = z.infer<typeof landmarkSchema>;
