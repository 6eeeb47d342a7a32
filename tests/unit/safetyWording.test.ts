import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import type { Muscle } from "../../src/domain/schema/muscleSchema";
import { loadDataset } from "../../src/domain/validateDataset";

const dataset = loadDataset(bundledDatasetFiles);
const { safety } = dataset;

const checkedMuscles = dataset.muscles;

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The text patients read about a muscle: everything outside the practitioner section. */
function patientText(m: Muscle): string[] {
  return [
    m.summary,
    m.referral.description,
    ...m.symptoms,
    ...m.selfCare,
    ...m.triggerPoints.map((t) => t.description),
  ];
}

const patientSafetyText = [...safety.session.steps, ...safety.precautions, ...safety.sideEffects];
const redFlags = (id: string) => dataset.conditionById.get(id)?.redFlags.join("\n") ?? "";

describe("safety text for patients", () => {
  it("warns that a collapsed lung can show hours later and needs urgent care", () => {
    const warning = patientSafetyText.filter(
      (t) => /collapsed lung|pneumothorax/i.test(t) && /hours later/i.test(t) && /urgent/i.test(t),
    );
    expect(warning.length).toBeGreaterThan(0);
    for (const t of warning) {
      expect(t).toMatch(/breath/i);
      expect(t).toMatch(/chest pain/i);
      expect(t).toMatch(/shoulder/i);
    }
  });

  it("explains the local twitch response as brief, normal, involuntary and not needed for benefit", () => {
    const twitch = safety.session.steps.find((t) => /local twitch response/i.test(t)) ?? "";
    expect(twitch).toMatch(/brief/i);
    expect(twitch).toMatch(/normal/i);
    expect(twitch).toMatch(/do not control|involuntary/i);
    expect(twitch).toMatch(/not needed/i);
  });

  it("says plainly how strong the evidence is", () => {
    expect(safety.evidence).toMatch(/short time|short-term/i);
    expect(safety.evidence).toMatch(/kappa/i);
    expect(safety.evidence).toMatch(/0\.45/);
    expect(safety.evidence).toMatch(/varies from person to person|vary between people/i);
  });
});

describe("red flags", () => {
  it.each([
    ["golfers-elbow", /angina/i],
    ["headaches-migraines", /acute glaucoma/i],
    ["headaches-migraines", /artery tear.*dissection|dissection.*artery tear/i],
    ["neck-pain", /upper-neck instability/i],
    ["neck-pain", /spinal infection/i],
    ["hip-pain", /claudication/i],
    ["piriformis-syndrome", /claudication/i],
  ])("%s lists %s", (id, pattern) => {
    expect(redFlags(id)).toMatch(pattern);
  });

  it("sends angina and claudication to a doctor, urgently where it can be the heart", () => {
    expect(redFlags("golfers-elbow")).toMatch(/angina[^\n]*urgent/i);
    expect(redFlags("hip-pain")).toMatch(/claudication[^\n]*doctor/i);
  });
});

describe("wording that could mislead", () => {
  const everyText = [
    ...dataset.conditions.flatMap(strings),
    ...strings(safety),
    ...checkedMuscles.flatMap((m) => strings(m).map((t) => `${m.id}: ${t}`)),
  ];

  it("never claims that no nerve is involved", () => {
    const certainty =
      /no nerve is|nerve is not (pinched|trapped|involved)|not a (pinched|trapped) nerve|without (any )?nerve (damage|involvement|irritation)/i;
    expect(everyText.filter((t) => certainty.test(t))).toEqual([]);
  });

  it("never lets a patient put new eye symptoms down to a muscle", () => {
    const excuses = /without (an? )?(eye|visual) (problem|disease|cause)|not (an? )?eye (problem|disease)/i;
    expect(everyText.filter((t) => excuses.test(t))).toEqual([]);
    const visualSymptom = /\b(blurr\w*|vision|visual|watery eyes?|red eyes?|droop\w*)\b/i;
    const leaks = checkedMuscles.flatMap((m) =>
      patientText(m)
        .filter((t) => visualSymptom.test(t))
        .map((t) => `${m.id}: ${t}`),
    );
    expect(leaks).toEqual([]);
  });
});
