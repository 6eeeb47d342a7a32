import { describe, expect, it } from "vitest";
import { readDatasetFiles } from "../../scripts/readDatasetFiles";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";

const files = readDatasetFiles();
const dataset = loadDataset(files);

const requiredRegions = [
  "head",
  "jaw",
  "neck",
  "shoulder",
  "upper-back",
  "low-back",
  "chest",
  "abdomen",
  "upper-arm",
  "elbow",
  "forearm",
  "wrist-hand",
  "buttock-hip",
  "it-band",
  "front-thigh",
  "back-thigh",
  "knee",
  "lower-leg",
  "ankle-foot",
];
const requiredLandmarks = [
  "forehead",
  "temple",
  "vertex",
  "occiput",
  "tmj",
  "cheek",
  "jaw-angle",
  "posterior-neck",
  "lateral-neck",
  "neck-shoulder-angle",
  "acromion",
  "front-of-shoulder",
  "back-of-shoulder",
  "lateral-upper-arm",
  "lateral-epicondyle",
  "medial-epicondyle",
  "dorsal-forearm",
  "dorsal-wrist",
  "thumb-base",
  "medial-scapular-border",
  "pectoral",
  "sternum",
  "lumbar",
  "sacroiliac",
  "buttock",
  "greater-trochanter",
  "lateral-thigh",
  "anterior-thigh",
  "posterior-thigh",
  "groin",
  "patella",
  "medial-knee",
  "lateral-knee",
  "popliteal-fossa",
  "calf",
  "shin",
  "lateral-malleolus",
  "heel",
  "sole",
  "dorsum-of-foot",
  "big-toe",
];
const requiredConditions = [
  "neck-pain",
  "back-pain",
  "shoulder-rotator-cuff-pain",
  "headaches-migraines",
  "sciatica",
  "it-band-syndrome",
  "tennis-elbow",
  "golfers-elbow",
  "plantar-fasciitis",
  "tmj-disorders",
  "muscle-strains-overuse",
  "fibromyalgia",
  "myofascial-pain-syndrome",
];
const mostNeedled = [
  "temporalis",
  "masseter",
  "sternocleidomastoid-sternal",
  "upper-trapezius",
  "levator-scapulae",
  "splenius-capitis",
  "suboccipitals",
  "anterior-scalene",
  "supraspinatus",
  "infraspinatus",
  "teres-minor",
  "subscapularis",
  "anterior-deltoid",
  "extensor-carpi-radialis-brevis",
  "extensor-digitorum",
  "supinator",
  "flexor-carpi-radialis",
  "iliocostalis-thoracis",
  "multifidus",
  "quadratus-lumborum",
  "gluteus-maximus",
  "gluteus-medius",
  "gluteus-minimus",
  "piriformis",
  "tensor-fasciae-latae",
  "rectus-femoris",
  "vastus-lateralis",
  "vastus-medialis",
  "biceps-femoris",
  "semitendinosus",
  "adductor-longus",
  "adductor-magnus",
  "gastrocnemius",
  "soleus",
  "tibialis-anterior",
  "fibularis-longus",
  "abductor-hallucis",
];

describe("the dataset's coverage", () => {
  it("bundles exactly the muscle files that data/muscles holds", () => {
    expect(bundledDatasetFiles.muscles.map((f) => f.file).sort()).toEqual(files.muscles.map((f) => f.file).sort());
    expect(loadDataset(bundledDatasetFiles).version).toBe(dataset.version);
  });

  it("has at least 75 muscles, including those needled most", () => {
    expect(dataset.muscles.length).toBeGreaterThanOrEqual(75);
    for (const id of mostNeedled) expect(dataset.muscleById.has(id), id).toBe(true);
  });

  it("has every required region, each with muscles", () => {
    expect(dataset.regions.map((r) => r.id)).toEqual(expect.arrayContaining(requiredRegions));
    for (const region of dataset.regions) expect(region.muscles.length, region.id).toBeGreaterThan(0);
  });

  it("has every required surface landmark", () => {
    for (const id of requiredLandmarks) expect(dataset.landmarkById.get(id)?.kind, id).toBe("surface");
  });

  it("has every listed condition with at least two muscles and a red flag", () => {
    for (const id of requiredConditions) {
      const condition = dataset.conditionById.get(id);
      expect(condition, id).toBeDefined();
      expect(condition?.muscles.length, id).toBeGreaterThanOrEqual(2);
      expect(condition?.redFlags.length, id).toBeGreaterThan(0);
    }
  });

  it("gives every muscle a trigger point, an essential zone, a source and needling notes", () => {
    for (const muscle of dataset.muscles) {
      expect(muscle.triggerPoints.length, muscle.id).toBeGreaterThan(0);
      expect(
        muscle.referral.zones.some((z) => z.kind === "essential"),
        muscle.id,
      ).toBe(true);
      expect(muscle.sources.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.needling.approach.length, muscle.id).toBeGreaterThan(20);
      expect(muscle.selfCare.length, muscle.id).toBeGreaterThan(0);
    }
  });

  it("gives the depth to the lung where needling over the chest wall risks it", () => {
    for (const id of ["upper-trapezius", "rhomboids", "iliocostalis-thoracis", "anterior-scalene", "supraspinatus"]) {
      const lung = dataset.muscleById.get(id)?.needling.structuresAtRisk.find((s) => /lung|pleura/i.test(s.structure));
      expect(lung, id).toBeDefined();
      expect(lung?.typicalDepthMm, id).toBeGreaterThan(0);
    }
  });

  it("never words a muscle as a diagnosis", () => {
    for (const muscle of dataset.muscles) expect(muscle.summary, muscle.id).not.toMatch(/\byou have\b/i);
    expect(dataset.safety.disclaimer).toMatch(/not a diagnosis/i);
  });
});
