package org.qawl.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.qawl.vocab.Qawl;

/**
 * The tab-separated lexicons of the gazetteer: heads of a country's bodies, heads of an
 * organization's bodies, and person titles.
 */
public final class GazetteerLexicon {
    private GazetteerLexicon() {}

    /**
     * A generic head noun of a body that a country or an organization completes
     * ({@code وزارة الخارجية} → "foreign ministry", GovernmentBody; {@code الأمانة العامة} →
     * "secretariat", Organization).
     */
    public record BodyHead(String arabic, String english, Node type) {}

    /**
     * A title or role that precedes a person's name ({@code وزير الخارجية} → "foreign
     * minister"), and the English head of the body its holder belongs to ("foreign ministry"),
     * empty when the title names no body.
     */
    public record Title(String arabic, String englishRole, String body) {
        public Title(String arabic, String englishRole) {
            this(arabic, englishRole, "");
        }
    }

    static List<BodyHead> bodyHeads(BufferedReader in, String source) {
        return read(in, source, 3, 3, cols -> new BodyHead(cols[0], cols[1], type(cols[2], source)));
    }

    static List<Title> titles(BufferedReader in, String source) {
        return read(in, source, 2, 3, cols -> new Title(cols[0], cols[1], cols.length > 2 ? cols[2] : ""));
    }

    private static Node type(String name, String source) {
        return switch (name) {
            case "GovernmentBody" -> Qawl.GovernmentBody;
            case "ArmedForce" -> Qawl.ArmedForce;
            case "Organization" -> Qawl.Organization;
            case "Group" -> Qawl.Group;
            default -> throw new IllegalStateException(source + ": unknown body type " + name);
        };
    }

    private static <T> List<T> read(BufferedReader in, String source, int fewest, int most,
            Function<String[], T> row) {
        List<T> out = new ArrayList<>();
        try {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < fewest || cols.length > most) {
                    throw new IllegalStateException(source + ":" + number + ": expected "
                            + (fewest == most ? fewest : fewest + " to " + most)
                            + " tab-separated columns, found " + cols.length);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                out.add(row.apply(cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        return List.copyOf(out);
    }
}
