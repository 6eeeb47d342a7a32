import { act, render } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { UrlSync } from "../../src/app/UrlSync";
import { bundledDatasetFiles } from "../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../src/domain/validateDataset";
import { useAppStore } from "../../src/state/store";
import { defaultViewState } from "../../src/state/viewState";

const dataset = loadDataset(bundledDatasetFiles);

function open(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const startLength = window.history.length;
  const view = render(<UrlSync dataset={dataset} />);
  return { view, pushes: () => window.history.length - startLength };
}

describe("URL sync", () => {
  beforeEach(() => useAppStore.setState({ ...defaultViewState, selection: null, notice: null, painSpots: [] }));

  it("restores a link and rewrites it in canonical form without a new history entry", () => {
    const { pushes } = open("?view=front&region=neck");
    expect(useAppStore.getState().selection).toEqual({ kind: "region", id: "neck" });
    expect(window.location.search).toBe("?region=neck");
    expect(pushes()).toBe(0);
  });

  it("pushes a history entry per selection and restores it on popstate without pushing again", () => {
    const { pushes } = open("?region=neck");
    act(() => useAppStore.getState().select({ kind: "muscle", id: "masseter" }));
    expect(window.location.search).toBe("?muscle=masseter");
    expect(pushes()).toBe(1);
    act(() => {
      window.history.replaceState(null, "", "/?region=neck");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(useAppStore.getState().selection).toEqual({ kind: "region", id: "neck" });
    expect(pushes()).toBe(1);
  });

  it("opens an old whole-sternocleidomastoid link on the sternal division and rewrites the link to it", () => {
    const { pushes } = open("?muscle=sternocleidomastoid");
    expect(useAppStore.getState().selection).toEqual({ kind: "muscle", id: "sternocleidomastoid-sternal" });
    expect(useAppStore.getState().notice).toBeNull();
    expect(window.location.search).toBe("?muscle=sternocleidomastoid-sternal");
    expect(pushes()).toBe(0);
  });

  it("keeps the notice for a broken link", () => {
    open("?muscle=nope");
    expect(useAppStore.getState().notice).toContain('"nope"');
    expect(window.location.search).toBe("");
  });
});
