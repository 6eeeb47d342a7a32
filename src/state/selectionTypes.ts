import type { Side } from "../domain/geometry/resolveLandmarkRef";

export type { Side };

/** What the user has selected: a region, a muscle (optionally one side), a condition or a safety topic. */
export type Selection =
  | { kind: "region"; id: string }
  | { kind: "muscle"; id: string; side?: Side }
  | { kind: "condition"; id: string }
  | { kind: "topic"; id: string };

/** What the pointer is over in the 3D view: a muscle instance key (`masseter.left`) or a region id. */
export type Hover = { kind: "muscle"; key: string } | { kind: "region"; id: string };

/** Camera presets. */
export type ViewPreset = "front" | "back" | "left" | "right";

/** Which layers of the model are drawn. */
export interface Layers {
  /** The skin, with the referral paint and the pain drawing. */
  skin: boolean;
  /** Muscles just under the skin. */
  superficial: boolean;
  /** Muscles under one superficial muscle. */
  intermediate: boolean;
  /** The deepest muscles. */
  deep: boolean;
  /** The skeletal proxies. */
  bones: boolean;
}

/** Which sides of the body are drawn. */
export type SidesShown = "both" | "left" | "right";

/**
 * Who the panel speaks to, in the order the switch shows them: patients get plain words, self-care
 * and red flags first; practitioners the anatomy, needling and danger zones open; students the
 * study tools.
 */
export const AUDIENCES = ["patient", "practitioner", "student"] as const;

/** One of `AUDIENCES`. */
export type Audience = (typeof AUDIENCES)[number];
