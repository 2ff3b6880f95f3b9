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

    /** A quotation (of at least two words: marks around one name do not quote speech) opening in [from, to). */
    Optional<Quote> quoteOpeningIn(int from, int to) {
        return quotes.stream().filter(q -> q.span().start() >= from && q.span().start() < to)
                .filter(q -> tokensIn(q.inner()).size() >= 2).findFirst();
    }

    /** The innermost quotation containing {@code index}, if any. */
    Optional<Quote> quoteAround(int index) {
        return quotes.stream().filter(q -> q.span().start() < index && index < q.span().end())
                .reduce((outer, inner) -> inner);
    }

    /** Whether the text between two offsets holds {@code mark} (outside words). */
    boolean gapHas(int from, int to, char mark) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == mark) {
                return true;
            }
        }
        return false;
    }

    boolean gapHasClauseBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '.' || c == '…'
                    || c == '|' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /** The content from {@code from} to {@code to}, without surrounding space and punctuation. */
    Span contentFrom(int from, int to) {
        Span trimmed = SentenceRecognizer.trim(text, from, Math.max(from, to));
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
            if (ArabicText.isWordChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What a quotation says, without sentence-final punctuation inside the marks. */
    Span quoted(Quote quote) {
        Span inner = contentFrom(quote.inner().start(), quote.inner().end());
        return inner.isEmpty() ? quote.inner() : inner;
    }

    /** Direct when the content is one quotation, mixed when it contains one, else indirect. */
    Attribution.Mode modeOf(Span content) {
        boolean containsQuote = false;
        for (Quote quote : quotes) {
            if (quote.inner().equals(content) || quoted(quote).equals(content)) {
                return Attribution.Mode.DIRECT;
            }
            if (content.overlaps(quote.inner()) && !quote.inner().contains(content)
                    && tokensIn(quote.inner()).size() >= 2) {
                containsQuote = true;
            }
        }
        return containsQuote ? Attribution.Mode.MIXED : Attribution.Mode.INDIRECT;
    }

    private static boolean isTrailingPunctuation(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicText.isFormatMark(c)
                || c == '.' || c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '!'
                || c == '؟' || c == '?' || c == '-' || c == '–' || c == '…' || c == '|';
    }

    private static boolean isLeadingPunctuation(char c) {
        return c == ':' || c == '،' || c == ',' || c == '-' || c == '–' || c == '.'
                || Character.isWhitespace(c);
    }
}
