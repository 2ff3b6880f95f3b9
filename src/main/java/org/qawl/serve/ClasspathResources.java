package org.qawl.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Map;

/**
 * Serves files from one classpath folder (a WebJar's {@code META-INF/resources/webjars/}, or
 * qawl's own page assets), so the pages work offline from the jar with no CDN. Only known file
 * types are served, never folder listings or paths with {@code ..}.
 */
final class ClasspathResources extends HttpServlet {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    private final String folder;
    private final String cacheControl;

    /** {@code folder}: classpath prefix ending in "/"; {@code cacheControl}: the header sent. */
    ClasspathResources(String folder, String cacheControl) {
        this.folder = folder;
        this.cacheControl = cacheControl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String type = path == null ? null : TYPES.get(extension(path));
        URL resource = type == null || !isPlain(path) ? null
                : ClasspathResources.class.getClassLoader().getResource(folder + path.substring(1));
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URLConnection connection = resource.openConnection();
        response.setContentType(type);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        long length = connection.getContentLengthLong();
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        try (InputStream in = connection.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static boolean isPlain(String path) {
        return path.startsWith("/") && !path.contains("..") && !path.contains("//")
                && !path.contains("\\") && !path.contains("\0");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') || dot < 0 ? "" : path.substring(dot + 1);
    }
}
