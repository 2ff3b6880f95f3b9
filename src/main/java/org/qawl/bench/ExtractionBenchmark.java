package org.qawl.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.qawl.ingest.Report;
import org.qawl.map.Extractor;
import org.qawl.vocab.Qawl;

/**
 * Measures extraction alone (recognizers and mappers, no store) on one thread, against a floor
 * that only reads the same text with ICU's sentence and word breakers. Texts are in memory
 * before timing starts, so file I/O and JSON parsing are not measured.
 */
public final class ExtractionBenchmark {
    /** One timed pass over all reports. */
    public record Pass(String name, long bytes, int reports, long statements, long quads, long nanos) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / (nanos / 1e9);
        }

        public double reportsPerSecond() {
            return reports / (nanos / 1e9);
        }
    }

    private final Extractor extractor;
    private final List<Report> reports;
    private final long bytes;

    public ExtractionBenchmark(Extractor extractor, List<Report> reports) {
        this.extractor = extractor;
        this.reports = List.copyOf(reports);
        this.bytes = reports.stream().mapToLong(r -> r.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    public long bytes() {
        return bytes;
    }

    /** ICU sentence and word breaking only: the least any extraction must spend. */
    public Pass floor() {
        long started = System.nanoTime();
        long words = 0;
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag("ar"));
        BreakIterator wordBreaker = BreakIterator.getWordInstance(ULocale.forLanguageTag("ar"));
        for (Report report : reports) {
            sentences.setText(report.text());
            while (sentences.next() != BreakIterator.DONE) {
                words++;
            }
            wordBreaker.setText(report.text());
            while (wordBreaker.next() != BreakIterator.DONE) {
                if (wordBreaker.getRuleStatus() != BreakIterator.WORD_NONE) {
                    words++;
                }
            }
        }
        return new Pass("floor: ICU sentence + word breaking", bytes, reports.size(), 0, words,
                System.nanoTime() - started);
    }

    /** The full extraction of every report into a counting sink. */
    public Pass extraction() {
        long[] counts = new long[2];
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                counts[0]++;
                if (quad.getObject().equals(Qawl.Statement)) {
                    counts[1]++;
                }
            }
        };
        long started = System.nanoTime();
        for (Report report : reports) {
            extractor.extract(report, sink);
        }
        return new Pass("extraction: recognizers + mappers", bytes, reports.size(), counts[1],
                counts[0], System.nanoTime() - started);
    }
}
