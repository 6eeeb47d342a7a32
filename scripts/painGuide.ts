import { loadDataset } from "../src/domain/validateDataset";
import { LANDMARK_GUIDES, PAIN_GUIDE_AREAS } from "../tests/fixtures/painGuide";
import { type EntryScore, FIRST_N, scorePainGuide, TOP_N } from "../tests/fixtures/painGuideScore";
import { readDatasetFiles } from "./readDatasetFiles";

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function entryText(e: EntryScore): string {
  const where = e.missing ? "missing" : e.rank === null ? "not found" : `#${e.rank}`;
  const mark = e.rank !== null && e.rank <= TOP_N ? "ok" : e.missing ? "--" : "NO";
  return `${mark.padEnd(3)}${e.entry.label} (${where})`;
}

/**
 * `npm run pain-guide [-- --failing]`: scores the reverse lookup at every surface landmark against
 * our pain-guide table (tests/fixtures/painGuide.ts): for each landmark, the guide's first three
 * muscles and where the lookup ranks them, the lookup's top muscle, then the totals.
 */
function main(args: string[]): number {
  const onlyFailing = args.includes("--failing");
  const dataset = loadDataset(readDatasetFiles());
  const score = scorePainGuide(dataset, PAIN_GUIDE_AREAS, LANDMARK_GUIDES);
  const out: string[] = [];
  for (const l of score.landmarks) {
    const allFound = l.first.every((e) => e.rank !== null && e.rank <= TOP_N);
    if (onlyFailing && allFound && l.topListed) continue;
    const { source, chapter, chapterSure } = l.area.cite;
    const cite = `${source === "travell-simons-v1" ? "Vol 1" : "Vol 2"} ch ${chapter}${chapterSure ? "" : "?"}`;
    out.push(`${l.landmark}  [${l.area.title}, ${cite}]`);
    out.push(`    first ${FIRST_N}: ${l.first.map(entryText).join(" | ")}`);
    const top = l.top[0] ? `${l.top[0]} (${l.topListed ? "listed" : "NOT listed"})` : "NO MUSCLE";
    out.push(`    top: ${top}; top ${TOP_N}: ${l.top.join(", ")}`);
  }
  const n = score.landmarks.length;
  out.push(
    "",
    `Landmarks: ${n} (distinct muscles; both sides of a muscle count once)`,
    `Recall of the guide's first ${FIRST_N} in the top ${TOP_N}: ${percent(score.recall)}`,
    `Landmarks with all first ${FIRST_N} in the top ${TOP_N}: ${percent(score.allFirstFound)}`,
    `Top-ranked muscle listed by the guide: ${percent(score.topListedRate)}`,
    `Landmarks with no muscle: ${score.empty.length ? score.empty.join(", ") : "none"}`,
    `Failing only because a muscle is missing: ${score.failOnlyMissing.join(", ") || "none"}`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
