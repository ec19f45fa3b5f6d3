/**
 * The embedded reference stack: a stand-in for a deployed system and the ground truth for
 * slogate's accuracy tests. Start one with {@link dev.slogate.stack.ReferenceStack}; describe it
 * with a {@link dev.slogate.stack.StackProfile}; tune the run with
 * {@link dev.slogate.stack.StackOptions}. Everything in sub-packages is internal.
 *
 * <h2>What the ground truth measures</h2>
 *
 * <p>Each replica times every request it answers from the moment Undertow has parsed the request
 * headers to the moment the exchange completes (the response handed to the socket), with
 * {@code System.nanoTime()}, and records it in microseconds in an HdrHistogram (3 significant
 * digits). That is service time inside the replica. A client measures more: the loopback round
 * trips, the balancer hop, and any time a request waits for a connection or a busy I/O thread.
 * A client percentile below the truth's is therefore a client error; one above it is the cost of
 * the path, which is what a load test should expose rather than hide.
 *
 * <p>Time a request spends queued before the replica reads it is invisible to the replica. That
 * is the coordinated-omission blind spot on the server side; the client-side measurement, with
 * an open arrival model, is the one that includes it.
 */
package dev.slogate.stack;
