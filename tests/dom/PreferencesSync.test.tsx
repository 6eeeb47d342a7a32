import { act, render } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { PREFERENCES_RESET_NOTICE, PreferencesSync } from "../../src/app/PreferencesSync";
import { PREFERENCES_KEY } from "../../src/state/preferences";
import { useAppStore } from "../../src/state/store";
import { defaultViewState } from "../../src/state/viewState";

function open(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  return render(<PreferencesSync />);
}

describe("stored preferences", () => {
  beforeEach(() => {
    localStorage.clear();
    useAppStore.setState({ ...defaultViewState, notice: null, brushRadius: 0.02 });
  });

  it("remembers the audience and brush size on this device", () => {
    const first = open();
    act(() => useAppStore.getState().setViewState({ audience: "practitioner" }));
    act(() => useAppStore.getState().setBrushRadius(0.035));
    first.unmount();
    useAppStore.setState({ ...defaultViewState, brushRadius: 0.02 });
    open();
    expect(useAppStore.getState().audience).toBe("practitioner");
    expect(useAppStore.getState().brushRadius).toBe(0.035);
    expect(useAppStore.getState().notice).toBeNull();
  });

  it("remembers the student audience, and still reads settings stored before students were added", () => {
    const first = open();
    act(() => useAppStore.getState().setViewState({ audience: "student" }));
    first.unmount();
    useAppStore.setState({ ...defaultViewState });
    open();
    expect(useAppStore.getState().audience).toBe("student");
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ audience: "practitioner", brushRadius: 0.03 }));
    open();
    expect(useAppStore.getState().audience).toBe("practitioner");
    expect(useAppStore.getState().notice).toBeNull();
  });

  it("lets a link's audience win over the stored one", () => {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ audience: "practitioner", brushRadius: 0.02 }));
    open("?for=patient");
    expect(useAppStore.getState().audience).toBe("patient");
  });

  it.each([
    ["not JSON", "{audience: practitioner"],
    ["a wrong shape", JSON.stringify(["practitioner"])],
    ["an unknown audience", JSON.stringify({ audience: "surgeon", brushRadius: 0.02 })],
    ["an absurd brush", JSON.stringify({ audience: "patient", brushRadius: 1e9 })],
  ])("resets stored state that is %s, with a notice", (_what, text) => {
    localStorage.setItem(PREFERENCES_KEY, text);
    open();
    expect(useAppStore.getState().notice).toBe(PREFERENCES_RESET_NOTICE);
    expect(localStorage.getItem(PREFERENCES_KEY)).toBeNull();
    expect(useAppStore.getState().audience).toBe("patient");
    expect(useAppStore.getState().brushRadius).toBe(0.02);
  });
});
