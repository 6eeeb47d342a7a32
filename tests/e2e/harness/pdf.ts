import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { decodePng, type Pixels } from "./pixels";

/** Runs one of poppler's tools, failing with how to install them when they are missing. */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        `${tool} was not found: the handout tests read PDFs with poppler's tools. Install them (Debian or Ubuntu: sudo apt-get install -y poppler-utils).`,
      );
    }
    throw error;
  }
}

/** The number of pages of a PDF file. */
export function pdfPageCount(file: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler("pdfinfo", [file]));
  if (!match) throw new Error(`pdfinfo did not say how many pages ${file} has`);
  return Number(match[1]);
}

/** The text of a PDF's pages, words joined by single spaces. */
export function pdfText(file: string): string {
  return poppler("pdftotext", [file, "-"]).replace(/\s+/g, " ");
}

/** Renders the first page of a PDF to `<outBase>.png` at `dpi` and decodes it. */
export function renderFirstPage(file: string, outBase: string, dpi = 200): Pixels {
  poppler("pdftoppm", ["-r", String(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", file, outBase]);
  return decodePng(readFileSync(`${outBase}.png`));
}
