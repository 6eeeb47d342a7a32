/** Soft studio lighting: a warm key from the front-left, a cool fill and a rim from behind. */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={["#f4f1ec", "#3a3f4a", 0.9]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} color="#fff6ea" />
      <directionalLight position={[-2, 1.5, 1]} intensity={0.5} color="#dce6ff" />
      <directionalLight position={[0, 2.5, -3]} intensity={0.8} color="#ffffff" />
    </>
  );
}
