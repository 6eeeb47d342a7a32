import { create } from "qrcode";
import { useMemo } from "react";

/** The quiet zone the standard asks for around the code, in modules. */
const QUIET = 4;

/** The dark modules of a code for `text` as one SVG path (one unit per module), and the code's size; null when too long. */
function qrPath(text: string): { path: string; size: number } | null {
  let modules: ReturnType<typeof create>["modules"];
  try {
    modules = create(text, { errorCorrectionLevel: "M" }).modules;
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
    }
  }
  return { path: parts.join(""), size: modules.size + 2 * QUIET };
}

/**
 * A QR code of `text`, drawn as SVG (crisp in print; made here, nothing fetched), with `label` as
 * its accessible name. Shows `fallback` instead when the text is too long for a code.
 */
export function QrCode({ text, label, fallback }: { text: string; label: string; fallback: string }) {
  const code = useMemo(() => qrPath(text), [text]);
  if (!code) return <p className="qr-fallback">{fallback}</p>;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${code.size} ${code.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
