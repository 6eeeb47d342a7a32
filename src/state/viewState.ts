import type { Audience, Layers, SidesShown, ViewPreset } from "./selectionTypes";

/** The shareable view settings: camera preset, layers, x-ray, isolation, sides and audience. */
export interface ViewState {
  /** Camera preset the view was last set to. */
  view: ViewPreset;
  /** Layers drawn. */
  layers: Layers;
  /** Translucent skin showing the muscles beneath. */
  xray: boolean;
  /** Draw only the selected muscle or the condition's muscles (hide the skin to see them alone). */
  isolate: boolean;
  /** Which sides are drawn. */
  sides: SidesShown;
  /** Who the panel speaks to. */
  audience: Audience;
}

/** The view a fresh visit opens with. */
export const defaultViewState: ViewState = {
  view: "front",
  layers: { skin: true, superficial: true, intermediate: true, deep: true, bones: false },
  xray: false,
  isolate: false,
  sides: "both",
  audience: "patient",
};
