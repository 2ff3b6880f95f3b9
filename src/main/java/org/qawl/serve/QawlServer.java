package org.qawl.serve;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.qawl.build.MetaGraphs;
import org.qawl.iri.Iris;
import org.qawl.store.ReportStore;

/**
 * The store over HTTP: embedded Fuseki with one read-only dataset, {@value #DATASET}, and a
 * query page. Endpoints: {@code /qawl/sparql} and {@code /qawl/query} (SPARQL query, also at
 * {@code /qawl} itself) and {@code /qawl/get} (Graph Store Protocol, read). There is no update
 * and no graph store write endpoint, and no Fuseki admin module. Loopback only by default.
 * Linked data: {@code /kb/...} dereferences the published IRIs under the base (HTML or RDF by
 * content negotiation) and {@code /.well-known/void} describes the dataset (VoID, DCAT).
 *
 * <pre>
 *   QawlServer server = QawlServer.create().store(store).port(0).build().start();
 *   ... server.port() ...
 *   server.stop();
 * </pre>
 */
public final class QawlServer {
    public static final String DATASET = "/qawl";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;

    private QawlServer(FusekiServer fuseki, String host, int requestedPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Lowers Fuseki and Jetty logging to WARN (INFO request logging costs latency). slf4j-simple
     * fixes a logger's level when the logger is created, so call this before Jena or Jetty are
     * first used. A level the user set with {@code -D} is kept.
     */
    public static void quietLogging() {
        for (String name : new String[] {"org.apache.jena.fuseki", "org.eclipse.jetty"}) {
            String key = "org.slf4j.simpleLogger.log." + name;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    /** Starts listening; a port in use or an address that cannot be bound is a {@link ServerStartException}. */
    public QawlServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly();
            Throwable cause = rootCause(e);
            String where = urlHost() + ":" + requestedPort;
            if (cause instanceof BindException) {
                String reason = cause.getMessage() == null ? "cannot bind" : cause.getMessage().toLowerCase();
                throw new ServerStartException("cannot listen on " + where + ": " + reason
                        + (reason.contains("in use") ? " (another server running? choose another port)"
                                : " (is the host an address of this machine?)"), e);
            }
            if (cause instanceof UnresolvedAddressException) {
                throw new ServerStartException("cannot listen on " + where + ": unknown host", e);
            }
            throw e;
        }
        return this;
    }

    /** Stops the server; the store stays open (its owner closes it). */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port listened on (the one picked when the builder was given port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** {@code http://host:port/} plus {@code path} (no leading slash); a wildcard host prints as localhost. */
    public String url(String path) {
        return "http://" + urlHost() + ":" + port() + "/" + path;
    }

    public String uiUrl() {
        return url("");
    }

    public String sparqlUrl() {
        return url(DATASET.substring(1) + "/sparql");
    }

    public String graphStoreUrl() {
        return url(DATASET.substring(1) + "/get");
    }

    /** True when the host is this machine only (127.0.0.0/8, ::1, localhost). */
    public boolean isLoopback() {
        return isLoopback(host);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private String urlHost() {
        if (isWildcard(host)) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void stopQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception ignored) {
            // already failed to start; nothing more to release
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Configuration of a {@link QawlServer}; only {@link #store} is required. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        private String defaultQuery;
        private String base;

        private Builder() {}

        /** Serves this store's dataset (its default graph is the union of the report graphs). */
        public Builder store(ReportStore store) {
            this.dataset = store.dataset();
            return this;
        }

        /** Interface to listen on; {@value #DEFAULT_HOST} (this machine only) unless set. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** HTTP port; 0 picks a free one ({@link QawlServer#port()} tells which). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Longest time a query may run; zero means no limit. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("negative timeout: " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** The query the query page opens with (default: the canned who-said-what query). */
        public Builder defaultQuery(String query) {
            this.defaultQuery = Objects.requireNonNull(query, "query");
            return this;
        }

        /**
         * Base of the published IRIs that {@code /kb/} serves (default: the base the store was
         * built with, as its dataset description says, else {@value Iris#DEFAULT_BASE}).
         */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        public QawlServer build() {
            Objects.requireNonNull(dataset, "store");
            quietLogging();
            KbPaths paths = new KbPaths(base != null ? base
                    : Txn.calculateRead(dataset, () -> MetaGraphs.storedBase(dataset)).orElse(Iris.DEFAULT_BASE));
            QueryPage page = new QueryPage(defaultQuery != null ? defaultQuery : QueryPage.cannedQuery(),
                    DATASET + "/sparql", DATASET + "/get");
            FusekiServer fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty()) // no admin, no UI module (STACK.md)
                    .port(port)
                    .add(DATASET, readOnlyService())
                    .addServlet("", page.servlet())
                    .addServlet("/index.html", page.servlet())
                    .addServlet("/query.html", page.servlet())
                    .addServlet("/assets/*", new ClasspathResources("qawl/web/assets/", "no-cache"))
                    .addServlet("/explore/*", new org.qawl.serve.explore.ExploreServlet(dataset, paths.base()))
                    .addServlet("/webjars/*", new ClasspathResources("META-INF/resources/webjars/",
                            "public, max-age=31536000, immutable"))
                    .addServlet("/kb/*", new LinkedDataServlet(dataset, paths))
                    .addServlet(VoidServlet.PATH, new VoidServlet(dataset, paths, DATASET + "/sparql"))
                    .build();
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
            return new QawlServer(fuseki, host, port);
        }

        private DataService readOnlyService() {
            Context limits = new Context();
            if (!queryTimeout.isZero()) {
                limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            }
            DataService.Builder service = DataService.newBuilder(dataset);
            for (String name : new String[] {"", "sparql", "query"}) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .context(limits).build());
            }
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName("get").build());
            return service.build();
        }
    }
}
