package org.qawl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qawl.corpus.CorpusArticles;
import org.qawl.ingest.Report;
import org.qawl.iri.Iris;
import org.qawl.map.Extractor;
import org.qawl.vocab.Qawl;

/**
 * Event recognition on the corpus, labelled by hand (src/test/resources/corpus-check/events.tsv,
 * which says how the items were sampled and labelled): precision on 180 event mentions the
 * extractor published, strict (a particular event of that type) and lenient (also the right
 * sense told generically, negated or as a possibility), and recall on the events told in 41
 * sentences. The corpus is read in place from ../shared/corpus; the test is skipped where it is
 * absent.
 *
 * <p>Batches 1 and 2 (60 mentions each) were used to narrow the trigger lexicon; 16 of their
 * mentions, all wrong, are no longer found and are kept as «dropped» lines. Batch 3 (60, a new
 * seed) was drawn after the last narrowing of the lexicon and is the held-out figure (triggers
 * added later for recall were checked on their own: 25 of 30 matches right). Measured when the
 * floors were set: batches 1-2 (104 mentions still found) strict P 0.663, lenient 0.856; batch 3
 * strict 0.650, lenient 0.783; recall 31 of 54 labelled events (0.574), 37 of 54 (0.685) after
 * vocabulary the misses showed lacking was added (no longer held out). A mention no longer
 * published at its offsets with its type, or a dropped one published again, is a changed corpus
 * or recognizer and fails the test with the list, so that the labels are looked at again. The
 * floors sit four or five mentions (precision) and three events (recall) below the measures, so
 * that a regression of a
 * handful of decisions fails the build while one borderline case does not.
 */
class CorpusEventCheckTest {
    private static final Path PROJECT = Path.of(System.getProperty("qawl.project.dir", "."));
    private static final int HELD_OUT = 3;
    private static final double DEV_STRICT_FLOOR = 0.62;
    private static final double DEV_LENIENT_FLOOR = 0.81;
    private static final double STRICT_FLOOR = 0.57;
    private static final double LENIENT_FLOOR = 0.70;
    private static final double RECALL_FLOOR = 0.63;

    /** A labelled mention («mention» or «dropped»), or a labelled event of a recall sentence («event»). */
    private record Item(String kind, int batch, String report, int start, int end, String type, String words,
            String label) {}

    private record Published(int start, int end, String type, String written) {}

    @TempDir
    Path temp;

    @Test
    void eventsOfHandLabelledCorpusMentionsAndSentences() throws IOException {
        assumeTrue(CorpusArticles.present(), CorpusArticles.CORPUS + " not present: corpus event check skipped");
        List<Item> items = readLabels();
        Map<String, Report> reports = CorpusArticles.read(new LinkedHashSet<>(items.stream().map(Item::report).toList()), temp);
        Extractor extractor = Extractor.standard(Iris.defaults());
        Map<String, List<Published>> published = new HashMap<>();
        StringBuilder changed = new StringBuilder();
        Map<String, int[]> precision = new LinkedHashMap<>();
        List.of("batches 1-2 as drawn", "batch 1 now", "batch 2 now", "batches 1-2 now", "batch 3 (held out)")
                .forEach(key -> precision.put(key, new int[4]));
        Map<String, int[]> byType = new TreeMap<>();
        Map<String, int[]> recall = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (Item item : items) {
            Report report = reports.get(item.report());
            assertThat(report).as("article %s in the corpus", item.report()).isNotNull();
            assertThat(CorpusArticles.codePoints(report.text(), item.start(), item.end()))
                    .as("words at %s [%d,%d): is this the corpus the labels were made on?", item.report(), item.start(),
                            item.end())
                    .isEqualTo(item.words());
            List<Published> mentions = published.computeIfAbsent(item.report(), id -> mentions(extractor, report));
            boolean there = mentions.stream().anyMatch(p -> p.start() == item.start() && p.end() == item.end()
                    && p.type().equals(item.type()));
            switch (item.kind()) {
                case "mention" -> {
                    if (!there) {
                        changed.append(String.format("  NOT FOUND %s [%d,%d) %s «%s»%n", item.report(), item.start(),
                                item.end(), item.type(), item.words()));
                    }
                    if (item.batch() == HELD_OUT) {
                        tally(precision, "batch 3 (held out)", item.label());
                    } else {
                        tally(precision, "batch " + item.batch() + " now", item.label());
                        tally(precision, "batches 1-2 now", item.label());
                        tally(precision, "batches 1-2 as drawn", item.label());
                    }
                    tally(byType, item.type(), item.label());
                }
                case "dropped" -> {
                    if (there) {
                        changed.append(String.format("  FOUND AGAIN %s [%d,%d) %s «%s» (labelled %s)%n", item.report(),
                                item.start(), item.end(), item.type(), item.words(), item.label()));
                    }
                    tally(precision, "batches 1-2 as drawn", item.label());
                }
                default -> {
                    boolean found = mentions.stream().anyMatch(p -> p.type().equals(item.type())
                            && p.start() < item.end() && p.end() > item.start());
                    for (String key : List.of("(all)", item.type())) {
                        int[] c = recall.computeIfAbsent(key, k -> new int[2]);
                        c[0]++;
                        c[1] += found ? 1 : 0;
                    }
                    if (!found) {
                        misses.append(String.format("  MISS %s %s «%s»%n", item.report(), item.type(), item.words()));
                    }
                }
            }
        }
        System.out.print(figures(precision, byType, recall));
        System.out.print(misses);
        assertThat(changed.toString()).as("labelled mentions the extractor no longer publishes as labelled:"
                + " did the corpus or the event recognizer change? Label them again").isEmpty();
        int[] dev = precision.get("batches 1-2 now");
        assertThat(ratio(dev[0], dev[3])).as("strict precision, batches 1 and 2").isGreaterThanOrEqualTo(DEV_STRICT_FLOOR);
        assertThat(ratio(dev[0] + dev[1], dev[3])).as("lenient precision, batches 1 and 2")
                .isGreaterThanOrEqualTo(DEV_LENIENT_FLOOR);
        int[] held = precision.get("batch 3 (held out)");
        assertThat(ratio(held[0], held[3])).as("strict precision, batch 3").isGreaterThanOrEqualTo(STRICT_FLOOR);
        assertThat(ratio(held[0] + held[1], held[3])).as("lenient precision, batch 3")
                .isGreaterThanOrEqualTo(LENIENT_FLOOR);
        int[] found = recall.get("(all)");
        assertThat(ratio(found[1], found[0])).as("recall of the labelled events").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /** Counts a label under {@code key}: strict, lenient, wrong, all. */
    private static void tally(Map<String, int[]> into, String key, String label) {
        int[] c = into.computeIfAbsent(key, k -> new int[4]);
        c[switch (label) {
            case "strict" -> 0;
            case "lenient" -> 1;
            case "wrong" -> 2;
            default -> throw new IllegalStateException("events.tsv: unknown label " + label);
        }]++;
        c[3]++;
    }

    private static String figures(Map<String, int[]> precision, Map<String, int[]> byType, Map<String, int[]> recall) {
        StringBuilder out = new StringBuilder("corpus event check (hand-labelled SaudiNewsNet event mentions;"
                + " batches 1-2 development, batch 3 held out; per type: all three batches)\n");
        precision.forEach((key, c) -> out.append(precisionLine(key, c)));
        byType.forEach((type, c) -> out.append(precisionLine("  " + type, c)));
        recall.forEach((key, c) -> out.append(String.format(Locale.ROOT, "  recall %-20s %3d events | found %3d R %.3f%n",
                key, c[0], c[1], ratio(c[1], c[0]))));
        return out.toString();
    }

    private static String precisionLine(String name, int[] c) {
        return String.format(Locale.ROOT, "  %-27s %3d mentions | strict %3d P %.3f | lenient %3d P %.3f | wrong %3d%n",
                name, c[3], c[0], ratio(c[0], c[3]), c[0] + c[1], ratio(c[0] + c[1], c[3]), c[2]);
    }

    /** The event mentions the extractor publishes for a report, with their account's event type. */
    private static List<Published> mentions(Extractor extractor, Report report) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        extractor.extract(report, StreamRDFLib.dataset(quads));
        List<Published> out = new ArrayList<>();
        quads.find(Node.ANY, Node.ANY, Qawl.eventMention, Node.ANY).forEachRemaining(q -> {
            Node mention = q.getObject();
            String type = quads.find(Node.ANY, q.getSubject(), Qawl.eventType, Node.ANY).next().getObject().getLocalName();
            out.add(new Published(intOf(quads, mention, Qawl.start), intOf(quads, mention, Qawl.end), type,
                    quads.find(Node.ANY, mention, RDFS.Nodes.label, Node.ANY).next().getObject().getLiteralLexicalForm()));
        });
        return out;
    }

    private static int intOf(DatasetGraph quads, Node subject, Node predicate) {
        return Integer.parseInt(quads.find(Node.ANY, subject, predicate, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static List<Item> readLabels() throws IOException {
        List<Item> items = new ArrayList<>();
        int batch = 0;
        for (String[] cols : CorpusArticles.labelRows("events.tsv")) {
            switch (cols[0]) {
                case "batch" -> batch = Integer.parseInt(cols[1]);
                case "recall", "sentence" -> batch = 0;
                case "mention", "dropped" -> items.add(new Item(cols[0], batch, cols[1], Integer.parseInt(cols[2]),
                        Integer.parseInt(cols[3]), cols[4], cols[5], cols[6]));
                case "event" -> items.add(new Item(cols[0], 0, cols[1], Integer.parseInt(cols[2]),
                        Integer.parseInt(cols[3]), cols[4], cols[5], ""));
                default -> throw new IllegalStateException("events.tsv: unknown line: " + String.join("\t", cols));
            }
        }
        return items;
    }



    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
