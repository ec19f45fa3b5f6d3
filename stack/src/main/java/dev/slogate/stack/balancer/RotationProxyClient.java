package dev.slogate.stack.balancer;

import io.undertow.client.UndertowClient;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.proxy.ConnectionPoolManager;
import io.undertow.server.handlers.proxy.ProxyCallback;
import io.undertow.server.handlers.proxy.ProxyClient;
import io.undertow.server.handlers.proxy.ProxyConnection;
import io.undertow.server.handlers.proxy.ProxyConnectionPool;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xnio.OptionMap;
import org.xnio.Options;

/**
 * Undertow proxy client that sends each request to the next replica in rotation, round robin.
 * Membership changes only when the health checker says so.
 *
 * <p>Why not Undertow's {@code LoadBalancingProxyClient}: it also takes a backend out on its own
 * after one failed connection (and puts it back after a timed retry). That passive check would
 * hide the window HAProxy-style active checks leave open, which is what failover measurements
 * are about. The connection pooling and proxying are still Undertow's.
 */
public final class RotationProxyClient implements ProxyClient {

  private static final ProxyTarget TARGET = new ProxyTarget() {};

  /** One replica instance and its connection pool. */
  public static final class Backend {
    final int index;
    final URI uri;
    final ProxyConnectionPool pool;

    private Backend(int index, URI uri, ProxyConnectionPool pool) {
      this.index = index;
      this.uri = uri;
      this.pool = pool;
    }
  }

  private final UndertowClient client = UndertowClient.getInstance();
  private final ConnectionPoolManager poolSettings;
  private final AtomicInteger next = new AtomicInteger();
  private volatile Backend[] inRotation = new Backend[0];

  /**
   * @param connectionsPerThread connections kept to each replica per front I/O thread
   * @param maxQueue requests that may wait for a connection per thread before getting a 503
   */
  public RotationProxyClient(int connectionsPerThread, int maxQueue) {
    this.poolSettings = new ActiveChecksOnly(connectionsPerThread, maxQueue);
  }

  public Backend backend(int index, URI uri) {
    OptionMap options = OptionMap.create(Options.TCP_NODELAY, true);
    return new Backend(index, uri, new ProxyConnectionPool(poolSettings, uri, client, options));
  }

  /** Puts a backend in rotation, replacing whatever had its index. */
  public synchronized void add(Backend backend) {
    Backend[] kept = Arrays.stream(inRotation).filter(b -> b.index != backend.index).toArray(Backend[]::new);
    Backend[] updated = Arrays.copyOf(kept, kept.length + 1);
    updated[kept.length] = backend;
    Arrays.sort(updated, Comparator.comparingInt(b -> b.index));
    inRotation = updated;
  }

  /** Takes replica {@code index} out of rotation; requests already sent to it carry on. */
  public synchronized void remove(int index) {
    inRotation = Arrays.stream(inRotation).filter(b -> b.index != index).toArray(Backend[]::new);
  }

  public Set<Integer> members() {
    Set<Integer> members = new TreeSet<>();
    for (Backend backend : inRotation) {
      members.add(backend.index);
    }
    return members;
  }

  /** Closes a backend's idle connections once it will never be used again. */
  public void retire(Backend backend) {
    backend.pool.close();
  }

  @Override
  public ProxyTarget findTarget(HttpServerExchange exchange) {
    return TARGET;
  }

  @Override
  public void getConnection(ProxyTarget target, HttpServerExchange exchange,
      ProxyCallback<ProxyConnection> callback, long timeout, TimeUnit timeUnit) {
    Backend[] hosts = inRotation;
    if (hosts.length == 0) {
      callback.couldNotResolveBackend(exchange);
      return;
    }
    Backend backend = hosts[Math.floorMod(next.getAndIncrement(), hosts.length)];
    backend.pool.connect(target, exchange, callback, timeout, timeUnit, false);
  }

  /** Pool settings under which a failed connection never takes a backend out by itself. */
  private static final class ActiveChecksOnly implements ConnectionPoolManager {
    private final int connections;
    private final int maxQueue;

    ActiveChecksOnly(int connections, int maxQueue) {
      this.connections = connections;
      this.maxQueue = maxQueue;
    }

    @Override public boolean isAvailable() { return true; }
    @Override public boolean handleError() { return true; }
    @Override public boolean clearError() { return true; }
    @Override public int getProblemServerRetry() { return -1; }
    @Override public int getMaxConnections() { return connections; }
    @Override public int getMaxCachedConnections() { return connections; }
    @Override public int getSMaxConnections() { return connections; }
    @Override public long getTtl() { return -1; }
    @Override public int getMaxQueueSize() { return maxQueue; }
  }
}
