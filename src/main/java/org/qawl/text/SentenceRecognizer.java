package org.qawl.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Sentences by ICU's rules for Arabic, never crossing a line break: news texts often end a
 * paragraph or a headline without a full stop. Surrounding white space is left out of spans.
 */
public final class SentenceRecognizer implements Recognizer {
    private static final ULocale ARABIC = new ULocale("ar");

    @Override
    public MentionKind provides() {
        return MentionKind.SENTENCE;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of();
    }

    @Override
    public List<Sentence> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Sentence> sentences = new ArrayList<>();
        // BreakIterator instances are not thread-safe: one per call keeps this recognizer stateless.
        BreakIterator breaker = BreakIterator.getSentenceInstance(ARABIC);
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            addSentences(text, lineStart, lineEnd, paragraph, breaker, sentences);
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void addSentences(String text, int from, int to, int paragraph,
            BreakIterator breaker, List<Sentence> out) {
        if (from >= to) {
            return;
        }
        breaker.setText(text.substring(from, to));
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            Span trimmed = trim(text, from + start, from + end);
            if (trimmed.isEmpty()) {
                start = end;
                continue;
            }
            if (paragraph == 0 && endsWithPause(text, trimmed) && from + end < to) {
                continue; // «..» in a headline joins its parts; in the body it ends the sentence
            }
            out.add(new Sentence(trimmed, paragraph));
            start = end;
        }
    }

    private static boolean endsWithPause(String text, Span sentence) {
        return sentence.length() >= 2 && text.startsWith("..", sentence.end() - 2)
                && !text.startsWith("...", sentence.end() - 3);
    }

    static Span trim(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicText.isFormatMark(c);
    }
}
