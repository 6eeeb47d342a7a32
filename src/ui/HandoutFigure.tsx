import type { HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";

/** The figure's words, in one place for translation. */
const words = {
  front: "Front",
  back: "Back",
  alt: {
    muscle: {
      front: "The body from the front, with the pattern of pain painted in red and the trigger points marked with an X",
      back: "The body from the back, with the pattern of pain painted in red and the trigger points marked with an X",
    },
    pain: {
      front:
        "The body from the front, with your pain drawing in blue and the pattern of the best match in red, its trigger points marked with an X",
      back: "The body from the back, with your pain drawing in blue and the pattern of the best match in red, its trigger points marked with an X",
    },
  },
  drawing: "The pictures of the body appear here once the 3D model has drawn them…",
  failed:
    "The pictures of the body could not be drawn on this device. The text of the handout is complete without them.",
  legend: {
    essential: "where pain is most often felt",
    spillover: "where it may spread",
    triggerPoint: "trigger point",
    drawing: "your drawing",
  },
};

/**
 * The handout's front and back pictures of the body, with a legend; or a note while they are drawn
 * (or that they cannot be, where `possible` is false: no 3D view in this browser).
 */
export function HandoutFigure({ request, possible }: { request: HandoutRequest; possible: boolean }) {
  const pictures = useAppStore((s) => (s.handoutPictures?.request === request.id ? s.handoutPictures : null));
  const alt = words.alt[request.kind];
  return (
    <figure className="handout-figure">
      {pictures?.status === "ready" ? (
        <div className="handout-pictures">
          <figure>
            <img src={pictures.front} alt={alt.front} />
            <figcaption>{words.front}</figcaption>
          </figure>
          <figure>
            <img src={pictures.back} alt={alt.back} />
            <figcaption>{words.back}</figcaption>
          </figure>
        </div>
      ) : (
        <p className="handout-pictures-status" role="status">
          {pictures?.status === "failed" || !possible ? words.failed : words.drawing}
        </p>
      )}
      <figcaption className="legend">
        <span className="legend-item">
          <span className="swatch swatch-essential" aria-hidden="true" /> {words.legend.essential}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-spillover" aria-hidden="true" /> {words.legend.spillover}
        </span>
        <span className="legend-item">
          <span className="swatch swatch-tp" aria-hidden="true">
            ×
          </span>{" "}
          {words.legend.triggerPoint}
        </span>
        {request.kind === "pain" && (
          <span className="legend-item">
            <span className="swatch swatch-drawing" aria-hidden="true" /> {words.legend.drawing}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
