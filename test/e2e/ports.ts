/** Ports of the browser tests' servers; the endpoint's is also baked into the e2e build (package.json). */
export const ports = {
  /** The build that posts to the test endpoint. */
  site: 4399,
  /** The test endpoint (test/e2e/endpoint-server.ts). */
  endpoint: 4398,
  /** The build with no endpoint, as a fresh `npm start` makes. */
  localSite: 4397,
  /** The real collector serving `npm start`'s build (started by collector.spec.ts itself). */
  collector: 4396,
  /** A second collector, killed and restarted under load by collector.spec.ts. */
  collectorRestart: 4395,
};
