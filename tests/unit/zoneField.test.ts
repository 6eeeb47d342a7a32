import { describe, expect, it } from "vitest";
import { ANY_PART, AXIAL_MASK, skinPartCode } from "../../src/domain/bodyParts/bodyParts";
import { compileReferral } from "../../src/domain/referral/compileReferral";
import { instancesOf, parseInstanceKey } from "../../src/domain/referral/muscleInstances";
import { fieldKind, zoneField } from "../../src/domain/referral/zoneField";
import { zoneWeight } from "../../src/domain/referral/zoneWeight";
import { loadDataset } from "../../src/domain/validateDataset";
import { tinyDatasetFiles } from "../fixtures/tinyDataset";

const dataset = loadDataset(tinyDatasetFiles());
const alpha = dataset.muscleById.get("alpha");
if (!alpha) throw new Error("fixture lacks alpha");
const [left, right] = instancesOf(alpha).map((instance) => compileReferral(instance, dataset));
if (!left || !right) throw new Error("alpha should have two instances");

describe("zone field", () => {
  it("weighs 1 inside, 0.5 on the edge and 0 outside a zone", () => {
    expect(zoneWeight(0)).toBe(1);
    expect(zoneWeight(1)).toBeCloseTo(0.5, 6);
    expect(zoneWeight(2)).toBe(0);
    expect(zoneWeight(0.95)).toBeGreaterThan(zoneWeight(1.05));
  });

  it("is essential at the centre of the essential ellipsoid (top, 3 cm radius)", () => {
    const at = zoneField(left, 0.1, 1.5, 0.1);
    expect(at.essential).toBe(1);
    expect(fieldKind(at)).toBe("essential");
    expect(zoneField(left, 0.1, 1.5 + 0.03, 0.1).essential).toBeCloseTo(0.5, 6);
  });

  it("is spillover along the capsule from top to bottom, beyond the ellipsoid", () => {
    const midway = zoneField(left, 0.1, 1.35, 0.1);
    expect(midway.essential).toBe(0);
    expect(midway.spillover).toBe(1);
    expect(fieldKind(midway)).toBe("spillover");
    expect(fieldKind(zoneField(left, 0.1 + 0.05, 1.35, 0.1))).toBe("none");
  });

  it("counts a zone only on the skin parts its anchor landmarks lie on (the fixture's are on the trunk)", () => {
    const trunk = skinPartCode("trunk", "left");
    const arm = skinPartCode("arm", "left");
    expect(fieldKind(zoneField(left, 0.1, 1.5, 0.1, trunk))).toBe("essential");
    expect(fieldKind(zoneField(left, 0.1, 1.5, 0.1, skinPartCode("neck", "left")))).toBe("essential");
    expect(fieldKind(zoneField(left, 0.1, 1.5, 0.1, arm))).toBe("none");
    expect(fieldKind(zoneField(left, 0.1, 1.5, 0.1, ANY_PART))).toBe("essential");
    expect(left.zones.every((zone) => zone.parts === AXIAL_MASK)).toBe(true);
  });

  it("mirrors the pattern for the right side", () => {
    expect(fieldKind(zoneField(right, -0.1, 1.5, 0.1))).toBe("essential");
    expect(fieldKind(zoneField(right, 0.1, 1.5, 0.1))).toBe("none");
    expect(fieldKind(zoneField(left, -0.1, 1.5, 0.1))).toBe("none");
  });

  it("paints both sides for a zone marked side: both", () => {
    const files = tinyDatasetFiles();
    // biome-ignore lint/suspicious/noExplicitAny: editing fixture JSON.
    (files.muscles[0] as any).json.muscles[0].referral.zones[0].side = "both";
    const data = loadDataset(files);
    const muscle = data.muscleById.get("alpha");
    if (!muscle) throw new Error("no alpha");
    const [leftBoth] = instancesOf(muscle).map((instance) => compileReferral(instance, data));
    if (!leftBoth) throw new Error("no instance");
    expect(fieldKind(zoneField(leftBoth, -0.1, 1.5, 0.1))).toBe("essential");
  });

  it("names instances as the glTF nodes are named", () => {
    expect(instancesOf(alpha).map((i) => i.key)).toEqual(["alpha.left", "alpha.right"]);
    expect(parseInstanceKey("upper-trapezius.right")).toEqual({ muscleId: "upper-trapezius", side: "right" });
    expect(parseInstanceKey("rectus-abdominis")).toEqual({ muscleId: "rectus-abdominis", side: "midline" });
  });
});
