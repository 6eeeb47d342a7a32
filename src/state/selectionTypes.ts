/** Which side of the body a bilateral structure is on; midline structures have none. */
export type Side = "left" | "right";

/** What the user has selected: a region, a muscle (optionally one side) or a condition. */
export type Selection =
  | { kind: "region"; id: string }
  | { kind: "muscle"; id: string; side?: Side }
  | { kind: "condition"; id: string };
