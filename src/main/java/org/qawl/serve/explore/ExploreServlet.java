package org.qawl.serve.explore;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.qawl.export.graph.GraphExport;
import org.qawl.export.graph.GraphFilter;
import org.qawl.export.graph.GraphFormat;
import org.qawl.export.graph.GraphProjector;
import org.qawl.export.graph.GraphView;
import org.qawl.export.graph.ProjectedGraph;

/**
 * The network explorer at {@code /explore}: a page drawing the speakers network with
 * Cytoscape.js (from the WebJar in the jar, no CDN), and the JSON it reads:
 *
 * <ul>
 *   <li>{@code /explore/graph?view=speakers|mentions|events} plus filters: the projection as
 *       Cytoscape JSON (the same as {@code qawl export --format cytoscape});
 *   <li>{@code /explore/reports}: the reports, for the report filter;
 *   <li>{@code /explore/statements?speaker=IRI} or {@code ?statement=IRI&statement=IRI...}:
 *       statements with their source spans and links to the linked-data pages.
 * </ul>
 *
 * Filters: {@code report=IRI} (repeatable), {@code from}/{@code to} (ISO days, inclusive),
 * {@code undated=false} to drop undated statements from a date range, {@code type=Person}
 * (repeatable; node types). Each request reads in its own read transaction.
 */
public final class ExploreServlet extends HttpServlet {
    private static final String FOLDER = "qawl/web/explore/";
    private static final String CYTOSCAPE_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final Map<String, String> ASSETS = Map.of(
            "/explore.js", "text/javascript; charset=utf-8", "/explore.css", "text/css; charset=utf-8");

    private final transient DatasetGraph dataset;
    private final transient Links links;
    private final String page;

    /** Links to {@code /kb/} pages for IRIs under the default base. */
    public ExploreServlet(DatasetGraph dataset) {
        this(dataset, Links.defaults().base());
    }

    /** Links to {@code /kb/} pages for IRIs under {@code base} (what the server's /kb/ serves). */
    public ExploreServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.links = new Links(base);
        this.page = resource("index.html")
                .replace("{{cytoscapeJs}}", "/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js")
                .replace("{{kbBase}}", base.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        switch (path) {
            case "/", "/index.html" -> send(response, "text/html; charset=utf-8", page);
            case "/graph" -> graph(request, response);
            case "/reports" -> json(response, json -> new ExplorerQueries(dataset, links).reports(json));
            case "/statements" -> statements(request, response);
            default -> {
                if (ASSETS.containsKey(path)) {
                    send(response, ASSETS.get(path), resource(path.substring(1)));
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    private void graph(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GraphView view;
        try {
            view = GraphView.valueOf(parameter(request, "view", "speakers").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "view: speakers, mentions or events");
            return;
        }
        GraphFilter filter = filter(request);
        ProjectedGraph graph = Txn.calculateRead(dataset, () -> new GraphProjector(dataset).project(view, filter));
        response.setContentType("application/json; charset=utf-8");
        GraphExport.write(graph, GraphFormat.CYTOSCAPE, response.getOutputStream());
    }

    private void statements(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String speaker = request.getParameter("speaker");
        List<String> ids = values(request, "statement").stream().limit(ExplorerQueries.MAX_STATEMENTS).toList();
        if ((speaker == null || speaker.isBlank()) && ids.isEmpty() || !iris(ids) || speaker != null && !iris(List.of(speaker))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "give speaker=IRI or statement=IRI");
            return;
        }
        GraphFilter filter = filter(request);
        json(response, json -> new ExplorerQueries(dataset, links).statements(speaker, ids, filter, json));
    }

    private void json(HttpServletResponse response, JsonBody body) throws IOException {
        response.setContentType("application/json; charset=utf-8");
        try (JsonGenerator json = new JsonFactory().createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
            Txn.executeRead(dataset, () -> {
                try {
                    body.write(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static GraphFilter filter(HttpServletRequest request) {
        Set<String> reports = Set.copyOf(values(request, "report"));
        Set<String> types = Set.copyOf(values(request, "type"));
        return new GraphFilter(reports, Dates.parameter(request.getParameter("from")),
                Dates.parameter(request.getParameter("to")),
                !"false".equals(request.getParameter("undated")), types);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] given = request.getParameterValues(name);
        return given == null ? List.of() : Arrays.stream(given).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    /** IRIs as the queries take them: absolute, no spaces, quotes or angle brackets. */
    private static boolean iris(List<String> candidates) {
        return candidates.stream().allMatch(s -> s.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+"));
    }

    private static String parameter(HttpServletRequest request, String name, String fallback) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String resource(String name) {
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cytoscapeVersion() {
        Properties pom = new Properties();
        try (InputStream in = ExploreServlet.class.getClassLoader().getResourceAsStream(CYTOSCAPE_POM)) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            return "3.33.1";
        }
        return pom.getProperty("version", "3.33.1");
    }

    @FunctionalInterface
    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }
}
