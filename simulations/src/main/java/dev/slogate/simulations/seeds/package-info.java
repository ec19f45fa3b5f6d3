/**
 * The five seed systems, each driven at the documented endpoints and workload shape of its guide in
 * {@code /work/shared/seeds/}, scaled down for a local run by {@code slogate.scale}: a {@link
 * dev.slogate.simulations.load.SystemWorkload} per system (its documented workload, and the load it keeps up
 * under faults), a thin Gatling simulation per system that runs the first, and {@link SeedSystems} by name for
 * the readiness run ({@link dev.slogate.simulations.Readiness}), which runs both with the catalog's experiments.
 *
 * <table>
 *   <caption>Simulations, their stand-in profile and SLO catalog (both named after the system), and defaults</caption>
 *   <tr><th>class</th><th>system</th><th>workload (documented → default local run)</th><th>scale</th><th>under faults</th></tr>
 *   <tr><td>{@link dev.slogate.simulations.seeds.SeiLoad}</td><td>{@code sei-platform}</td>
 *       <td>open model, 10,000 req/s → 200 req/s, planned 5% above (210); warm-up 10 s, steady 30 s, cool-down 2 s</td>
 *       <td>50</td><td>the same mix at 210 req/s</td></tr>
 *   <tr><td>{@link dev.slogate.simulations.seeds.KgasLoad}</td><td>{@code kgas}</td>
 *       <td>10× within 5 min (base 200 → 2,000 req/s, slogate's figures) → 10 → 110 req/s (10% above 10×) over 15 s,
 *       spike held 30 s; then 10,000 → 500 concurrent users (closed model, 5 s think time) for 15 s</td><td>20</td>
 *       <td>POST /api/extract at 110 req/s</td></tr>
 *   <tr><td>{@link dev.slogate.simulations.seeds.KecsLoad}</td><td>{@code kecs}</td>
 *       <td>no rate documented: 1,000 req/s assumed → 100 req/s for 40 s, {@code /v1/} with a JWT bearer token,
 *       {@code /health}, {@code /health/ready}</td><td>10</td><td>the same mix at 100 req/s</td></tr>
 *   <tr><td>{@link dev.slogate.simulations.seeds.FleetQLoad}</td><td>{@code fleet-q}</td>
 *       <td>no rate documented: 40 req/s, step submissions, {@code /admin/queue}, {@code /admin/leader},
 *       {@code /health}</td><td>1</td><td>the same mix at 40 req/s</td></tr>
 *   <tr><td>{@link dev.slogate.simulations.seeds.ReconciliationLoad}</td><td>{@code reconciliation-platform}</td>
 *       <td>no rate documented: 50 API req/s alongside 2 WebSocket sessions/s</td><td>1</td>
 *       <td>the API mix at 110 req/s</td></tr>
 * </table>
 *
 * <p>With no target and no {@code slogate.stack.profile}, each starts its system's stand-in profile; with no
 * {@code slogate.slo}, each is judged on its system's catalog. Request names are {@code METHOD /path} with the
 * path template ({@code GET /v1/clusters/{cluster}}); WebSocket steps are {@code GET /ws} (the upgrade) and
 * {@code WS /ws hello|echo|push|close}. The scale factor goes into the run plan ({@code scaleFactor}) and
 * onto the console ({@code SCALED RUN}), so a scaled run is never taken for the documented one; the
 * stand-in's own time scale goes there too ({@code targetTimeScale}, {@code STAND-IN TIMINGS}). All figures
 * and their sources are in {@link dev.slogate.simulations.seeds.SeedDefaults}.
 *
 * <p>Public API: the simulations are named by the seed systems' SLO catalogs and run by {@code benchmarks}.
 */
package dev.slogate.simulations.seeds;
