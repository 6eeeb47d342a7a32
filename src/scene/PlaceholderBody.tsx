import type { ThreeEvent } from "@react-three/fiber";
import { useMemo } from "react";
import { Quaternion, Vector3 } from "three";
import { useAppStore } from "../state/store";
import { type PlaceholderPart, placeholderParts } from "./placeholderParts";

const up = new Vector3(0, 1, 0);

function PlaceholderCapsule({ part }: { part: PlaceholderPart }) {
  const select = useAppStore((s) => s.select);
  const { position, quaternion, length } = useMemo(() => {
    const from = new Vector3(...part.from);
    const to = new Vector3(...part.to);
    const axis = to.clone().sub(from);
    return {
      position: from.clone().add(to).multiplyScalar(0.5),
      quaternion: new Quaternion().setFromUnitVectors(up, axis.clone().normalize()),
      length: axis.length(),
    };
  }, [part]);
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    select({ kind: "region", id: part.region });
  };
  return (
    <mesh position={position} quaternion={quaternion} onClick={onClick} name={`placeholder:${part.region}`}>
      <capsuleGeometry args={[part.radius, length, 8, 24]} />
      <meshStandardMaterial color="#d9a98c" roughness={0.65} />
    </mesh>
  );
}

/** A simple capsule body whose parts select their region when clicked. */
export function PlaceholderBody() {
  return (
    <group>
      {placeholderParts.map((part) => (
        <PlaceholderCapsule key={`${part.region}:${part.from.join(",")}`} part={part} />
      ))}
    </group>
  );
}
