package org.qawl.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query page at {@code /}: YASGUI from the WebJar on the classpath, opened on the
 * who-said-what query against the SPARQL endpoint. Without JavaScript the page still shows the
 * endpoint, result links and curl examples. The HTML is {@code qawl/web/index.html}, with
 * {@code {{name}}} placeholders filled in (HTML-escaped) for each request.
 */
final class QueryPage {
    static final String TEMPLATE = "qawl/web/index.html";
    static final String CANNED_QUERY = "qawl/queries/who-said-what.rq";
    private static final String YASGUI_POM =
            "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";
    private static final String YASGUI_FALLBACK_VERSION = "4.5.0";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String template;
    private final Map<String, String> fixed = new HashMap<>();

    QueryPage(String defaultQuery, String sparqlPath, String graphStorePath) {
        this.template = resource(TEMPLATE);
        String yasgui = "/webjars/zazuko__yasgui/" + yasguiVersion() + "/build/";
        String query = URLEncoder.encode(defaultQuery, StandardCharsets.UTF_8);
        fixed.put("query", defaultQuery);
        fixed.put("sparqlPath", sparqlPath);
        fixed.put("graphStorePath", graphStorePath);
        fixed.put("yasguiJs", yasgui + "yasgui.min.js");
        fixed.put("yasguiCss", yasgui + "yasgui.min.css");
        for (String output : new String[] {"text", "csv", "json"}) {
            fixed.put("resultLink_" + output, sparqlPath + "?query=" + query + "&output=" + output);
        }
    }

    /** The canned who-said-what query, as shipped in the jar (queries/ in the source tree). */
    static String cannedQuery() {
        return resource(CANNED_QUERY);
    }

    /** A servlet that renders this page (one instance per path mapping). */
    HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                StringBuffer url = request.getRequestURL();
                String origin = url.substring(0, url.length() - request.getRequestURI().length());
                byte[] body = render(origin).getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html; charset=utf-8");
                response.setHeader("Cache-Control", "no-cache");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        };
    }

    String render(String origin) {
        Map<String, String> values = new HashMap<>(fixed);
        values.put("sparqlUrl", origin + fixed.get("sparqlPath"));
        values.put("graphStoreUrl", origin + fixed.get("graphStorePath"));
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + 4096);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException(TEMPLATE + ": unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(html, Matcher.quoteReplacement(escapeHtml(value)));
        }
        matcher.appendTail(html);
        return html.toString();
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String yasguiVersion() {
        Properties pom = new Properties();
        try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream(YASGUI_POM)) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            return YASGUI_FALLBACK_VERSION;
        }
        return pom.getProperty("version", YASGUI_FALLBACK_VERSION);
    }

    private static String resource(String name) {
        try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
