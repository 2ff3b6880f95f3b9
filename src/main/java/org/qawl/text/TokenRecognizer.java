package org.qawl.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qawl.ingest.Report;

/**
 * Words: maximal runs of letters, digits and combining marks. A plain scan rather than ICU's
 * word breaker, because Arabic words are delimited by spaces and punctuation only and this step
 * runs over every character of every report.
 */
public final class TokenRecognizer implements Recognizer {
    @Override
    public MentionKind provides() {
        return MentionKind.TOKEN;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of();
    }

    @Override
    public List<Token> recognize(Report report, Mentions found) {
        String text = report.text();
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int i = 0;
        while (i < text.length()) {
            if (!ArabicText.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (ArabicText.isWordChar(text.charAt(i))
                    || ArabicText.isFormatMark(text.charAt(i)))) {
                i++;
            }
            int end = i;
            while (ArabicText.isFormatMark(text.charAt(end - 1))) {
                end--; // a direction mark after a word is not part of it
            }
            String normalized = ArabicText.normalize(text.subSequence(start, end));
            if (!normalized.isEmpty()) { // a lone tatweel is a dash (بيروت ـ), not a word
                tokens.add(new Token(new Span(start, end), normalized));
            }
        }
        return tokens;
    }
}
