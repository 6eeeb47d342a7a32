import { createPainLookup } from "../src/domain/painLookup/painLookup";
import { parseWhere } from "../src/domain/painLookup/parseWhere";
import { regionReferrers } from "../src/domain/queries/regionReferrers";
import { loadDataset } from "../src/domain/validateDataset";
import { readDatasetFiles } from "./readDatasetFiles";

const usage =
  "Usage: npm run query -- <landmark.side | x,y,z> [--top N] [--json]\n       npm run query -- --region <region-id> [--json]";

/** One line of output, in the JSON shape the README documents. */
interface Row {
  muscle: string;
  side: "left" | "right" | "midline";
  name: string;
  kind: "essential" | "spillover";
  score: number;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

/** `npm run query`: which muscles most often refer pain to a place, or into a region. */
function main(args: string[]): number {
  const json = args.includes("--json");
  const top = Number(option(args, "--top") ?? 10);
  if (!Number.isInteger(top) || top < 1) return fail(`--top needs a whole number above 0.\n${usage}`);
  const dataset = loadDataset(readDatasetFiles());
  const regionId = option(args, "--region");
  let rows: Row[];
  let title: string;
  if (args.includes("--region")) {
    const region = regionId ? dataset.regionById.get(regionId) : undefined;
    if (!region)
      return fail(`Unknown region "${regionId ?? ""}". Valid regions: ${dataset.regions.map((r) => r.id).join(", ")}`);
    title = `Muscles that refer pain into the ${region.name.toLowerCase()} region`;
    rows = regionReferrers(dataset, region.id).map((r, rank, all) => {
      const muscle = dataset.muscleById.get(r.muscleId);
      return {
        muscle: r.muscleId,
        side: muscle?.midline ? "midline" : "left",
        name: muscle?.name ?? r.muscleId,
        kind: r.kind,
        score: all.length - rank,
      };
    });
  } else {
    const where = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--top");
    if (!where) return fail(usage);
    const place = parseWhere(where, dataset);
    if (!place.ok) return fail(place.error);
    title = `Possible sources of pain at ${place.label}`;
    rows = createPainLookup(dataset)
      .rank([{ position: place.point, part: place.part }], top)
      .map(({ muscle, side, name, kind, score }) => ({
        muscle,
        side,
        name,
        kind,
        score: Math.round(score * 1000) / 1000,
      }));
  }
  rows = rows.slice(0, top);
  if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
  else {
    process.stdout.write(`${title} (possible sources, not a diagnosis):\n`);
    rows.forEach((r, i) => {
      const side = r.side === "midline" ? "" : ` (${r.side})`;
      process.stdout.write(
        `${String(i + 1).padStart(3)}. ${`${r.name}${side}`.padEnd(42)} ${r.kind.padEnd(10)} ${r.score}\n`,
      );
    });
    if (rows.length === 0) process.stdout.write("  No muscle in the dataset refers pain there.\n");
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
