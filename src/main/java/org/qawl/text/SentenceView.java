package org.qawl.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Index over one report's tokens, quotes and verbs for the attribution rules. */
final class SentenceView {
    private final String text;
    private final List<Token> tokens;
    private final List<Integer> tokenStarts = new ArrayList<>();
    private final List<Quote> quotes;
    private final Map<Integer, SpeechVerb> verbsByStart = new HashMap<>();

    SentenceView(String text, List<Token> tokens, List<Quote> quotes, List<SpeechVerb> verbs) {
        this.text = text;
        this.tokens = tokens;
        this.quotes = quotes;
        tokens.forEach(t -> tokenStarts.add(t.span().start()));
        verbs.forEach(v -> verbsByStart.put(v.span().start(), v));
    }

    String text() {
        return text;
    }

    List<Token> tokensIn(Span span) {
        int from = Collections.binarySearch(tokenStarts, span.start());
        from = from >= 0 ? from : -from - 1;
        int to = from;
        while (to < tokens.size() && tokens.get(to).span().end() <= span.end()) {
            to++;
        }
        return tokens.subList(from, to);
    }

    Optional<SpeechVerb> verbAt(Token token) {
        return Optional.ofNullable(verbsByStart.get(token.span().start()));
    }

    List<Quote> quotesIn(Span span) {
        return quotes.stream().filter(q -> span.contains(q.span().start())).toList();
    }

    /** A quotation whose opening mark lies in {@code [from, to)}. */
    Optional<Quote> quoteStartingIn(int from, int to) {
        return quotes.stream().filter(q -> q.span().start() >= from && q.span().start() < to)
                .findFirst();
    }

    /** The content from {@code from} to {@code to}, without surrounding space and final punctuation. */
    Span contentFrom(int from, int to) {
        Span trimmed = SentenceRecognizer.trim(text, from, to);
        int end = trimEnd(trimmed.end());
        int start = trimmed.start();
        while (start < end && isLeadingPunctuation(text.charAt(start))) {
            start++;
        }
        return SentenceRecognizer.trim(text, start, Math.max(start, end));
    }

    /** {@code to} moved left past spaces and sentence-final punctuation. */
    int trimEnd(int to) {
        int end = to;
        while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    boolean onlyPunctuationBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (ArabicText.isWordChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Direct when the content is one quotation, mixed when it contains one, else indirect. */
    Attribution.Mode modeOf(Span content) {
        boolean containsQuote = false;
        for (Quote quote : quotes) {
            if (quote.inner().equals(content)) {
                return Attribution.Mode.DIRECT;
            }
            if (content.contains(quote.span()) && quote.inner().length() < content.length()
                    && wordCount(quote.inner()) >= 2) {
                containsQuote = true;
            }
        }
        return containsQuote ? Attribution.Mode.MIXED : Attribution.Mode.INDIRECT;
    }

    private int wordCount(Span span) {
        return tokensIn(span).size();
    }

    private static boolean isTrailingPunctuation(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicText.isFormatMark(c)
                || c == '.' || c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '!'
                || c == '؟' || c == '?' || c == '-' || c == '–' || c == '…';
    }

    private static boolean isLeadingPunctuation(char c) {
        return c == ':' || c == '،' || c == ',' || c == '-' || c == '–';
    }
}
