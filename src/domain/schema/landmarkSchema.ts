import { z } from "zod";
import { BODY_PARTS } from "../bodyParts/bodyParts";
import { idSchema, textSchema, vec3Schema } from "./primitives";

/** A part of the body: head, neck, trunk, arm or leg. */
export const bodyPartSchema = z.enum(BODY_PARTS);

/** A named point of the body. Bilateral landmarks are written for the left side (+X). */
export const landmarkSchema = z
  .strictObject({
    /** Kebab-case id; instances on the body are `<id>.left` / `<id>.right`, or `<id>` when x = 0. */
    id: idSchema,
    /**
     * The body part the point lies on, as the skin's parts split it; a point on the seam of a limb
     * and the trunk (the acromion, the groin) lists both, the part of the skin at the point first.
     * Referral zones anchored on the point may paint only these parts, and region anchors claim
     * skin only of these parts. Required for surface landmarks and for any landmark a referral
     * zone is anchored on.
     */
    part: z.union([bodyPartSchema, z.array(bodyPartSchema).min(1)]).optional(),
    /** Display name in plain words. */
    name: textSchema,
    /** `skeletal` points guide the model; `surface` points lie on the skin and name places people point at. */
    kind: z.enum(["skeletal", "surface"]),
    /** Position in the body frame, metres (left side for bilateral landmarks). */
    position: vec3Schema,
  })
  .superRefine((landmark, context) => {
    if (landmark.kind === "surface" && landmark.part === undefined) {
      context.addIssue({
        code: "custom",
        path: ["part"],
        message: `surface landmark "${landmark.id}" needs a part (head, neck, trunk, arm or leg)`,
      });
    }
  });

/** The landmarks file. */
export const landmarksFileSchema = z.strictObject({ landmarks: z.array(landmarkSchema) });

/** A landmark of the body frame. */
export type Landmark = z.infer<typeof landmarkSchema>;
