package org.qawl.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.qawl.vocab.Qawl;

/** The two tab-separated lexicons of the gazetteer: body heads and person titles. */
public final class GazetteerLexicon {
    private GazetteerLexicon() {}

    /**
     * A generic head noun of a government body or a state armed force
     * ({@code وزارة الخارجية} → "foreign ministry", GovernmentBody).
     */
    public record BodyHead(String arabic, String english, Node type) {}

    /** A title or role that precedes a person's name ({@code وزير الخارجية} → "foreign minister"). */
    public record Title(String arabic, String englishRole) {}

    static List<BodyHead> bodyHeads(BufferedReader in, String source) {
        return read(in, source, 3, cols -> new BodyHead(cols[0], cols[1], type(cols[2], source)));
    }

    static List<Title> titles(BufferedReader in, String source) {
        return read(in, source, 2, cols -> new Title(cols[0], cols[1]));
    }

    private static Node type(String name, String source) {
        return switch (name) {
            case "GovernmentBody" -> Qawl.GovernmentBody;
            case "ArmedForce" -> Qawl.ArmedForce;
            default -> throw new IllegalStateException(source + ": unknown body type " + name);
        };
    }

    private static <T> List<T> read(BufferedReader in, String source, int columns,
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
                if (cols.length != columns) {
                    throw new IllegalStateException(source + ":" + number + ": expected "
                            + columns + " tab-separated columns, found " + cols.length);
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
