import { retryBodyModel, useModelLoad } from "./modelLoader";

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Over the canvas: the model's download progress, a readable error with Retry, or a lost graphics context. */
export function ViewerStatus({ contextLost }: { contextLost: boolean }) {
  const load = useModelLoad();
  if (contextLost) {
    return (
      <div className="viewer-status" role="status">
        The 3D view lost its graphics context (the browser or the graphics driver reset it) and is restoring it…
      </div>
    );
  }
  if (load.status === "error") {
    return (
      <div className="viewer-status viewer-error" role="alert">
        <p>{load.message}</p>
        <p>The lists and search in the panel still work.</p>
        <button type="button" className="primary-button" onClick={() => retryBodyModel()}>
          Retry
        </button>
      </div>
    );
  }
  if (load.status === "ready") return null;
  const percent = load.total ? Math.round((100 * load.received) / load.total) : undefined;
  return (
    <div className="viewer-status">
      <label htmlFor="model-progress">Loading the body model…</label>
      <progress id="model-progress" max={100} value={percent} />
      <span className="detail">
        {percent !== undefined ? `${percent} %` : load.received > 0 ? megabytes(load.received) : ""}
      </span>
    </div>
  );
}
