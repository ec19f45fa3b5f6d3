package dev.slogate.stack.balancer;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.predicate.Predicates;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.server.handlers.proxy.ProxyHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

/**
 * The stack's front door: an Undertow reverse proxy on loopback in front of the replicas in
 * rotation. A request that cannot be placed (no replica in rotation, connection refused, the
 * replica died mid-request) is answered 503 and not retried, so clients see what a real
 * balancer's clients would.
 */
public final class FrontServer implements AutoCloseable {

  /** Like HAProxy's {@code timeout server}: a replica that stops answering costs a 504, not a hang. */
  public static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(30);

  private final Undertow server;

  private FrontServer(Undertow server) {
    this.server = server;
  }

  /**
   * @param port 0 for an ephemeral port
   * @param ioThreads Undertow I/O threads; the proxy does all its work on them
   */
  public static FrontServer start(int port, RotationProxyClient rotation, int ioThreads) {
    ProxyHandler proxy = ProxyHandler.builder()
        .setProxyClient(rotation)
        .setMaxRequestTime((int) MAX_REQUEST_TIME.toMillis())
        .setMaxConnectionRetries(0)
        .setIdempotentRequestPredicate(Predicates.falsePredicate())
        .setNext(ResponseCodeHandler.HANDLE_404)
        .build();
    Undertow server = Undertow.builder()
        .addHttpListener(port, "127.0.0.1")
        .setIoThreads(ioThreads)
        .setWorkerThreads(2)
        .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
        .setHandler(proxy)
        .build();
    server.start();
    return new FrontServer(server);
  }

  public URI uri() {
    InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    return URI.create("http://127.0.0.1:" + address.getPort());
  }

  @Override
  public void close() {
    server.stop();
  }
}
