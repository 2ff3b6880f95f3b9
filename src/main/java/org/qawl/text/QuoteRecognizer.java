package org.qawl.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Quotations in “ ” « » and straight double quotes, nested or not. A mark left open at the end of
 * its paragraph is closed there; a closing mark with no opening one is ignored, so one stray mark
 * never swallows the rest of the report.
 */
public final class QuoteRecognizer implements Recognizer {
    @Override
    public MentionKind provides() {
        return MentionKind.QUOTE;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of();
    }

    @Override
    public List<Quote> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Quote> quotes = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            scanParagraph(text, lineStart, lineEnd, quotes);
            lineStart = lineEnd + 1;
        }
        quotes.sort(Comparator.comparing(Quote::span));
        return quotes;
    }

    private record Open(int at, char mark) {}

    private static void scanParagraph(String text, int from, int to, List<Quote> out) {
        Deque<Open> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '«' -> open.push(new Open(i, c));
                case '”', '»' -> closeMatching(text, open, c == '”' ? '“' : '«', i, out);
                case '"' -> {
                    if (open.stream().anyMatch(o -> o.mark() == '"')) {
                        closeMatching(text, open, '"', i, out);
                    } else {
                        open.push(new Open(i, c));
                    }
                }
                default -> { }
            }
        }
        int paragraphEnd = SentenceRecognizer.trim(text, from, to).end();
        while (!open.isEmpty()) {
            Open unclosed = open.removeLast();
            int end = Math.max(paragraphEnd, unclosed.at() + 1);
            Span inner = SentenceRecognizer.trim(text, unclosed.at() + 1, end);
            if (!inner.isEmpty()) {
                out.add(new Quote(new Span(unclosed.at(), end), inner, unclosed.mark(), false));
            }
            // inner quotes of an unclosed one are already recorded; outer ones close here too
        }
    }

    private static void closeMatching(String text, Deque<Open> open, char openMark, int at,
            List<Quote> out) {
        if (open.stream().noneMatch(o -> o.mark() == openMark)) {
            return; // stray closing mark
        }
        // marks opened inside this quote and never closed are closed with it
        Open top = open.pop();
        while (top.mark() != openMark) {
            top = open.pop();
        }
        Span inner = SentenceRecognizer.trim(text, top.at() + 1, at);
        if (!inner.isEmpty()) {
            out.add(new Quote(new Span(top.at(), at + 1), inner, openMark, true));
        }
    }
}
