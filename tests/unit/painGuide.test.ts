import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { LANDMARK_GUIDES, PAIN_GUIDE_AREAS } from "../fixtures/painGuide";
import { type LandmarkScore, scorePainGuide, TOP_N } from "../fixtures/painGuideScore";

/** Issue 10's targets: share of landmarks (and of the guides' first entries) the lookup must satisfy. */
const TARGET = 0.9;

/**
 * The landmarks where the lookup's top eight still miss one of the guide's first three muscles, and
 * why the zones are not stretched to reach them. Any other landmark that misses is a regression.
 */
const KNOWN_MISSES: Record<string, string> = {
  parietal:
    "the sternal SCM's drawn crown and eyebrow patches do not reach the side of the head above the ear (temporal headache list)",
  "jaw-angle":
    "neither the sternal SCM nor the lateral pterygoid is drawn at the angle of the jaw (cheek and jaw list)",
  "lateral-neck":
    "the cervical multifidi and levator scapulae patterns stay behind the side of the neck (back-of-neck list)",
  umbilicus: "the transversus abdominis is drawn as a band between the rib edges, well above the navel",
  "lateral-thigh": "the piriformis is listed for the hip; its thigh spillover runs down the back of the thigh",
  "medial-leg":
    "no guide area for the inner leg: the calf list's gluteus minimus, soleus and gastrocnemius are drawn behind it",
};

const dataset = loadDataset(bundledDatasetFiles);
const score = scorePainGuide(dataset, PAIN_GUIDE_AREAS, LANDMARK_GUIDES);
const allFound = (l: LandmarkScore) => l.first.every((e) => e.rank !== null && e.rank <= TOP_N);
/** "jaw-angle: Sternocleidomastoid (sternal) not found, lateral-pterygoid #11" for each landmark given. */
const describeMisses = (landmarks: LandmarkScore[]) =>
  landmarks
    .map((l) => {
      const missed = l.first.filter((e) => e.rank === null || e.rank > TOP_N);
      return `${l.landmark}: ${missed.map((e) => `${e.entry.label} ${e.rank === null ? "not found" : `#${e.rank}`}`).join(", ")}`;
    })
    .join("\n");

describe("the reverse lookup against the pain guides, at every surface landmark", () => {
  it("scores every surface landmark of the dataset", () => {
    const surface = dataset.landmarks.filter((l) => l.kind === "surface").map((l) => l.id);
    expect(score.landmarks.map((l) => l.landmark).sort()).toEqual([...surface].sort());
    for (const landmark of Object.keys(KNOWN_MISSES)) expect(surface, landmark).toContain(landmark);
  });

  it(`finds all of the guide's first three muscles in its top ${TOP_N} at ${TARGET * 100} % of landmarks`, () => {
    const failing = score.landmarks.filter((l) => !allFound(l));
    expect(
      score.allFirstFound,
      `landmarks missing a first-three muscle:\n${describeMisses(failing)}`,
    ).toBeGreaterThanOrEqual(TARGET);
    expect(score.recall).toBeGreaterThanOrEqual(TARGET);
  });

  it("misses a first-three muscle only at the documented landmarks", () => {
    const unexpected = score.landmarks.filter((l) => !allFound(l) && !(l.landmark in KNOWN_MISSES));
    expect(unexpected, `regressed landmarks:\n${describeMisses(unexpected)}`).toEqual([]);
  });

  it(`ranks first a muscle the guide lists at ${TARGET * 100} % of landmarks`, () => {
    const unlisted = score.landmarks.filter((l) => !l.topListed).map((l) => `${l.landmark}: ${l.top[0] ?? "nothing"}`);
    expect(score.topListedRate, `top muscle not in the guide's list:\n${unlisted.join("\n")}`).toBeGreaterThanOrEqual(
      TARGET,
    );
  });

  it("returns at least one muscle at every surface landmark", () => {
    expect(score.empty).toEqual([]);
  });
});
