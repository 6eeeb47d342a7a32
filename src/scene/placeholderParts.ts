/** One primitive of the placeholder body: a capsule from `from` to `to`, tagged with its region. */
export interface PlaceholderPart {
  /** Region id a click on this part selects. */
  region: string;
  /** Capsule start, body frame (metres). */
  from: [number, number, number];
  /** Capsule end, body frame (metres). */
  to: [number, number, number];
  /** Capsule radius, metres. */
  radius: number;
}

const left: PlaceholderPart[] = [
  { region: "upper-arm", from: [0.2, 1.4, -0.01], to: [0.245, 1.12, -0.025], radius: 0.043 },
  { region: "forearm", from: [0.245, 1.09, -0.025], to: [0.3, 0.87, 0], radius: 0.032 },
  { region: "wrist-hand", from: [0.3, 0.84, 0], to: [0.31, 0.72, 0.01], radius: 0.028 },
  { region: "front-thigh", from: [0.09, 0.88, 0.01], to: [0.095, 0.53, 0], radius: 0.07 },
  { region: "lower-leg", from: [0.095, 0.48, 0], to: [0.09, 0.1, -0.01], radius: 0.045 },
  { region: "ankle-foot", from: [0.09, 0.04, -0.05], to: [0.09, 0.035, 0.15], radius: 0.035 },
];

/** A lit stand-in body built from capsules, used until the generated model loads. */
export const placeholderParts: PlaceholderPart[] = [
  { region: "head", from: [0, 1.64, -0.02], to: [0, 1.68, -0.02], radius: 0.085 },
  { region: "neck", from: [0, 1.45, -0.02], to: [0, 1.56, -0.02], radius: 0.05 },
  { region: "chest", from: [-0.09, 1.32, 0], to: [0.09, 1.32, 0], radius: 0.11 },
  { region: "abdomen", from: [0, 1.18, 0], to: [0, 1.02, 0], radius: 0.12 },
  ...left,
  ...left.map((part) => ({
    ...part,
    from: [-part.from[0], part.from[1], part.from[2]] as [number, number, number],
    to: [-part.to[0], part.to[1], part.to[2]] as [number, number, number],
  })),
];
