import { describe, expect, it } from "vitest";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { countSyllables, fleschKincaidGrade, sentencesOf, wordsOf } from "../fixtures/readability";

const allMuscles = loadDataset(bundledDatasetFiles).muscles;
const muscles = allMuscles;
/** Muscle names, longest first, so "medial pterygoid" is not read as the clinical word "medial". */
const muscleNames = allMuscles.flatMap((m) => [m.name, ...m.aliases]).sort((a, b) => b.length - a.length);

describe("the reading-grade helper", () => {
  it.each([
    ["the", 1],
    ["muscle", 2],
    ["shoulder", 2],
    ["ache", 1],
    ["headache", 2],
    ["possible", 3],
    ["practitioner", 4],
  ])("counts %s as %i syllables", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it("splits words and sentences", () => {
    expect(wordsOf("A low-back ache. It eases!")).toEqual(["A", "low", "back", "ache", "It", "eases"]);
    expect(sentencesOf("One. Two? Three! 4.")).toEqual(["One", "Two", "Three"]);
  });

  it("grades plain text low and clinical text high", () => {
    expect(fleschKincaidGrade("The cat sat on the mat. It was warm.")).toBeLessThan(2);
    const clinical =
      "Myofascial trigger points in the infraspinatus characteristically refer nociceptive sensations anteriorly into the glenohumeral articulation, frequently accompanied by restricted internal rotation and horizontal adduction.";
    expect(fleschKincaidGrade(clinical)).toBeGreaterThan(16);
  });
});

describe("muscle summaries for patients", () => {
  const grades = muscles.map((m) => ({ id: m.id, grade: fleschKincaidGrade(m.summary) }));

  it("read at about grade 8: mean at most 9, none above 12", () => {
    const mean = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    expect(mean).toBeLessThanOrEqual(9);
    expect(grades.filter((g) => g.grade > 12)).toEqual([]);
  });

  it("present the muscle as a possible source, never as a diagnosis", () => {
    const diagnosis =
      /\byou have\b|\bdiagnos\w*|\bis the cause\b|\bis causing\b|\bculprit\b|\bdefinitely\b|\bcertainly\b|\bwill cause\b|\bno nerve\b/i;
    for (const m of muscles) {
      expect(m.summary, m.id).toMatch(/\bpossible sources?\b/i);
      expect(m.summary, m.id).not.toMatch(diagnosis);
    }
  });

  it("leave clinical terms to the practitioner section", () => {
    const clinical =
      /\b(radius|ulna|coracoid|hyoid|metacarpal|iliotibial|interosseous|thoracolumbar|radiculopathy|fascia|proximal|distal|anterior|posterior|lateral|medial|thoracic outlet)\b/i;
    for (const m of muscles) {
      const withoutNames = muscleNames.reduce(
        (text, name) => text.replaceAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), ""),
        m.summary,
      );
      expect(withoutNames, m.id).not.toMatch(clinical);
    }
  });
});
