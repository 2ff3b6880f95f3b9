package org.qawl.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.qawl.iri.Iris;
import org.qawl.serve.QawlServer;
import org.qawl.serve.ServerStartException;
import org.qawl.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qawl serve}: the store over SPARQL with a query page, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build INPUTs if given, then serve the store read-only until Ctrl-C:",
                "  /             query page (YASGUI, opens on the who-said-what query)",
                "  /qawl/sparql  SPARQL query endpoint (also /qawl/query and /qawl)",
                "  /qawl/get     Graph Store Protocol, read only (?graph=IRI)",
                "The default graph is the union of all report graphs. There is no update "
                        + "endpoint. The store stays locked while serving (one process per store)."},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage (bad option value, unknown "
                + "host), 4 store locked by another process, 5 cannot listen (port in use, or "
                + "HOST is not an address of this machine).",
                "If some INPUTs are skipped, the rest is built and served with a warning."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = QawlServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "Another address, e.g. 0.0.0.0 for all interfaces, lets anyone who can reach "
                    + "this machine query the store, with no authentication.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + QawlServer.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            defaultValue = "" + QawlServer.DEFAULT_TIMEOUT_SECONDS,
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}; "
                    + "0 = no limit).")
    int timeoutSeconds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of published IRIs for INPUTs built first (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Report files or folders to build first.")
    List<Path> inputs = List.of();

    @Override
    public Integer call() {
        QawlServer.quietLogging(); // before Jena or Jetty create their loggers
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean skipped = !inputs.isEmpty()
                && BuildCommand.buildInto(spec, store.path(), base, inputs) == ExitCodes.BAD_INPUT;

        Tdb2Store opened = Tdb2Store.open(store.path());
        QawlServer server;
        try {
            server = QawlServer.create().store(opened).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start();
        } catch (ServerStartException e) {
            opened.close();
            throw new QawlException(ExitCodes.OUTPUT_IO, e.getMessage(), e);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                server.stop();
                opened.close();
                err.println("qawl: stopped; store " + store.path() + " closed");
                err.flush();
            }
        }, "qawl-serve-shutdown"));

        if (skipped) {
            err.println("qawl: warning: some inputs were skipped (see above); serving the rest");
        }
        if (!server.isLoopback()) {
            err.println("qawl: warning: listening on " + host + ": anyone who can reach this "
                    + "machine can query the store (read only, no authentication)");
        }
        out.printf("qawl: serving %s (query UI), %s (SPARQL), %s (graph store, read only) "
                + "from %s; Ctrl-C stops%n", server.uiUrl(), server.sparqlUrl(),
                server.graphStoreUrl(), store.path());
        out.flush();
        err.flush();
        server.join();
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (port < 0 || port > 65535) {
            throw new QawlException(ExitCodes.USAGE, "--port " + port + ": not a port (0 to 65535)");
        }
        if (timeoutSeconds < 0) {
            throw new QawlException(ExitCodes.USAGE, "--timeout " + timeoutSeconds + ": must be 0 or more");
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new QawlException(ExitCodes.USAGE, "--host " + host + ": unknown host");
        }
    }
}
