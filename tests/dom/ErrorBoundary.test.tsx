import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeError, ErrorBoundary } from "../../src/ui/ErrorBoundary";

let broken = true;
function Fragile() {
  if (broken) throw new Error("cannot read the selection");
  return <p>the start view</p>;
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    broken = true;
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it("replaces a crashed app with a message and a way back to the start", async () => {
    const onBackToStart = vi.fn(() => {
      broken = false;
    });
    render(
      <ErrorBoundary scope="app" onBackToStart={onBackToStart}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("The explorer stopped working");
    expect(screen.getByRole("alert").textContent).toContain("cannot read the selection");
    expect(screen.getByRole("button", { name: "Reload the app" })).toBeDefined();
    await userEvent.click(screen.getByRole("button", { name: "Back to the start" }));
    expect(onBackToStart).toHaveBeenCalledOnce();
    expect(screen.getByText("the start view")).toBeDefined();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps a panel crash inside the panel and tries again when the selection changes", () => {
    const view = render(
      <ErrorBoundary scope="panel" onBackToStart={() => undefined} resetKey="neck">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("This part of the panel stopped working");
    broken = false;
    view.rerender(
      <ErrorBoundary scope="panel" onBackToStart={() => undefined} resetKey="jaw">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText("the start view")).toBeDefined();
  });

  it("says a failed download of part of the app plainly", () => {
    const message = describeError(new TypeError("Failed to fetch dynamically imported module: /assets/PainPanel.js"));
    expect(message).toMatch(/could not be downloaded/);
  });
});
