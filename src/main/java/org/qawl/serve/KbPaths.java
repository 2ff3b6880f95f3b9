package org.qawl.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Published IRIs and the local paths that serve them: {@code {base}actor/X} is served at
 * {@code /kb/actor/X}. IRIs keep letters of any script (Arabic included) as they are and
 * percent-encode everything else (see {@code Iris.segment}); a browser sends the Arabic letters
 * percent-encoded in UTF-8, so a request path is turned back into the IRI by decoding exactly
 * those escapes that stand for letters, digits or unreserved marks, and keeping the others
 * (such as {@code %20}) encoded, in upper case, as the IRIs have them.
 */
final class KbPaths {
    static final String PREFIX = "/kb/";

    private final String base;

    KbPaths(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    String base() {
        return base;
    }

    /** The IRI a raw (still percent-encoded) request path names, if it is under {@link #PREFIX}. */
    Optional<String> iri(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX) || rawPath.length() == PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(base + normalize(rawPath.substring(PREFIX.length())));
    }

    /** The local path of an IRI under the base (for links), or empty for any other IRI. */
    Optional<String> path(String iri) {
        if (!iri.startsWith(base) || iri.length() == base.length()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder(PREFIX);
        iri.substring(base.length()).codePoints().forEach(c -> {
            if (isKept(c) || c == '/' || c == '%') {
                path.appendCodePoint(c);
            } else {
                appendEscaped(path, Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        });
        return Optional.of(path.toString());
    }

    /** Decodes escapes of kept characters; leaves other escapes encoded, in upper case. */
    static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) != '%') {
                out.append(raw.charAt(i++));
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i + 2 < raw.length() && raw.charAt(i) == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 3;
            }
            if (bytes.size() == 0) { // a lone '%': keep it
                out.append(raw.charAt(i++));
                continue;
            }
            appendDecoded(out, bytes.toByteArray());
        }
        return out.toString();
    }

    private static void appendDecoded(StringBuilder out, byte[] bytes) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.contains("\uFFFD")) { // not UTF-8: keep the escapes as they came
            appendEscaped(out, bytes);
            return;
        }
        decoded.codePoints().forEach(c -> {
            if (isKept(c)) {
                out.appendCodePoint(c);
            } else {
                appendEscaped(out, Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static void appendEscaped(StringBuilder out, byte[] bytes) {
        for (byte b : bytes) {
            out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }

    /** What IRIs carry unescaped (Iris.segment). */
    private static boolean isKept(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
