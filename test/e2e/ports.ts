/** Ports of the browser tests' servers; the endpoint's is also baked into the e2e build (package.json). */
export const ports = {
  /** The build that posts to the test endpoint. */
  site: 4399,
  /** The test endpoint (test/e2e/endpoint-server.ts). */
  endpoint: 4398,
  /** The build with no endpoint, as a fresh `npm start` makes. */
  localSite: 4397,
};
