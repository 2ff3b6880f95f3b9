package org.qawl.text;

import java.util.List;

/** A word of the text with its lookup form ({@link ArabicText#normalize}). */
public record Token(Span span, String normalized) implements Mention {
    /** The index of the first of {@code tokens} (in text order) that ends after {@code offset}; binary search. */
    public static int firstEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
