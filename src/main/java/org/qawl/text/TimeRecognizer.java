package org.qawl.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qawl.ingest.Report;

/**
 * Dates, periods and durations in Arabic news text, resolved against the report's date where
 * they are relative. A year left out of a date with a month name («في 4 يناير الجاري») is the
 * report's year, or else the year the text itself states; a period placed by the report's date
 * («الأسبوع الماضي»، «19 الشهر الحالي») stays unresolved in a report without a date. Words come
 * from {@code qawl/lexicon/time-words.tsv}, numbers and units from the quantity lexicons.
 * Immutable and thread-safe.
 */
public final class TimeRecognizer implements Recognizer {
    static final String RESOURCE = "/qawl/lexicon/time-words.tsv";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9٠-٩])((?:19|20)[0-9]{2}|[١٢][٩٠][٠-٩]{2})(?![0-9٠-٩])");
    /** Words that start an interval or a period without being in the lexicon's first words. */
    private static final Set<String> STARTS = Set.of("من", "بين", "ما", "الفتره", "هذا", "هذه", "يوم");

    private final TimeWords words;
    private final NumberWords numbers;
    private final QuantityWords qualifiers;
    private final UnitLexicon units;

    private TimeRecognizer(TimeWords words, NumberWords numbers, QuantityWords qualifiers, UnitLexicon units) {
        this.words = words;
        this.numbers = numbers;
        this.qualifiers = qualifiers;
        this.units = units;
    }

    public static TimeRecognizer load() {
        return new TimeRecognizer(TimeWords.load(RESOURCE), NumberWords.load(), QuantityWords.load(),
                UnitLexicon.load());
    }

    @Override
    public MentionKind provides() {
        return MentionKind.TIME;
    }

    @Override
    public Set<MentionKind> needs() {
        return Set.of(MentionKind.TOKEN);
    }

    @Override
    public List<TimeExpression> recognize(Report report, Mentions found) {
        List<Token> tokens = found.of(MentionKind.TOKEN, Token.class);
        Optional<LocalDate> anchor = report.date().flatMap(TimeRecognizer::parseDate);
        Optional<Integer> year = anchor.map(LocalDate::getYear).or(() -> yearIn(report.text()));
        TimeScan scan = new TimeScan(report.text(), tokens, anchor, year, words, numbers, qualifiers, units);
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String word = tokens.get(i).normalized();
            if (!words.mayStart(word) && !STARTS.contains(word) && number(word) == null
                    && !qualifiers.mayStartQualifier(word)) {
                i++;
                continue;
            }
            TimeScan.Found expression = scan.at(i);
            if (expression == null) {
                i++;
            } else {
                out.add(closed(report.text(), withoutProclitic(report.text(), tokens.get(i), expression.expression())));
                i = Math.max(i + 1, expression.next());
            }
        }
        return out;
    }

    /** The expression without a proclitic و or ب on its first word («وعام 2015»، «و14 أكتوبر»). */
    private TimeExpression withoutProclitic(String text, Token first, TimeExpression expression) {
        String word = first.normalized();
        if (expression.span().start() != first.span().start() || word.length() < 3
                || (word.charAt(0) != 'و' && word.charAt(0) != 'ب') || words.startsExactly(word)
                || !(words.startsExactly(word.substring(1)) || Numerals.isDigit(word.charAt(1)))) {
            return expression;
        }
        int start = first.span().start() + NumberWords.prefixLength(text, first, word.substring(1));
        return new TimeExpression(new Span(start, expression.span().end()), expression.kind(), expression.date(),
                expression.end(), expression.duration(), expression.qualifier());
    }

    /** The expression with the «)» that closes a «(» inside it («صباح اليوم (الاثنين)»). */
    private static TimeExpression closed(String text, TimeExpression expression) {
        Span span = expression.span();
        String inside = span.of(text);
        boolean open = inside.lastIndexOf('(') > inside.lastIndexOf(')');
        if (!open || span.end() >= text.length() || text.charAt(span.end()) != ')') {
            return expression;
        }
        return new TimeExpression(new Span(span.start(), span.end() + 1), expression.kind(), expression.date(),
                expression.end(), expression.duration(), expression.qualifier());
    }

    /** A number written in Western or Arabic-Indic digits, or null. */
    static Integer number(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return null;
        }
        int value = 0;
        for (int k = 0; k < word.length(); k++) {
            int digit = Character.digit(word.charAt(k), 10);
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static Optional<Integer> yearIn(String text) {
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? Optional.ofNullable(number(matcher.group(1))) : Optional.empty();
    }

    static Optional<LocalDate> parseDate(String raw) {
        String value = raw.strip();
        return value.length() >= 10 ? safeParse(value.substring(0, 10)) : Optional.empty();
    }

    private static Optional<LocalDate> safeParse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day a weekday names, seen from the report's date, with its relation (-2, -1, 0, 1 or none). */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Integer relation) {
        if (relation == null || relation == 0) {
            return anchor.with(TemporalAdjusters.previousOrSame(day));
        }
        return relation > 0 ? anchor.with(TemporalAdjusters.next(day)).plusWeeks(relation - 1L)
                : anchor.with(TemporalAdjusters.previous(day)).minusWeeks(-relation - 1L);
    }
}
