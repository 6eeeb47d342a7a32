/**
 * Soft studio lighting: a warm key from the front, a cool fill, two lights from behind so back
 * views read too, and a dim one from below so the soles are not black.
 */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={["#f4f1ec", "#3a3f4a", 1.1]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.5} color="#fff6ea" />
      <directionalLight position={[-2, 1.5, 1]} intensity={0.5} color="#dce6ff" />
      <directionalLight position={[-1.2, 2.8, -2.5]} intensity={1.1} color="#fff3e6" />
      <directionalLight position={[2, 1, -2]} intensity={0.4} color="#dce6ff" />
      <directionalLight position={[0.5, -3, 0.5]} intensity={0.45} color="#f4ece4" />
    </>
  );
}
