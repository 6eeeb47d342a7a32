import type { Intersection, Object3D } from "three";

/** Objects drawn but not to be picked (faded muscles over a selected one): clicks and hovers pass through them. */
const unpickable = new WeakSet<Object3D>();

/** Marks an object as pickable or not. */
export function setPickable(object: Object3D, pickable: boolean): void {
  if (pickable) unpickable.delete(object);
  else unpickable.add(object);
}

/** True when a hit may catch pointer events: its object is shown and not faded. */
export function isPickableHit(hit: Intersection): boolean {
  return hit.object.visible && !unpickable.has(hit.object);
}
