package org.qawl.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qawl.ingest.Report;

/**
 * Dates in Arabic news text, resolved against the report's date where they are relative. A year
 * left out («في 4 يناير الجاري») is the report's year, or else the year the text itself states.
 * Words come from {@code qawl/lexicon/time-words.tsv}; immutable and thread-safe.
 */
public final class TimeRecognizer implements Recognizer {
    static final String RESOURCE = "/qawl/lexicon/time-words.tsv";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9٠-٩])((?:19|20)[0-9]{2}|[١٢][٩٠][٠-٩]{2})(?![0-9٠-٩])");
    private static final Set<String> PAST = Set.of("الماضي", "الفائت", "المنصرم", "السابق");
    private static final Set<String> NEXT = Set.of("المقبل", "القادم");

    private final Map<String, Map<String, Integer>> sections;
    /** The first words of each section's entries: most tokens are rejected by one lookup here. */
    private final Map<String, Set<String>> firstWords;

    private TimeRecognizer(Map<String, Map<String, Integer>> sections) {
        this.sections = sections;
        Map<String, Set<String>> first = new HashMap<>();
        sections.forEach((name, words) -> {
            Set<String> set = new java.util.HashSet<>();
            words.keySet().forEach(w -> set.add(w.split(" ")[0]));
            first.put(name, Set.copyOf(set));
        });
        this.firstWords = Map.copyOf(first);
    }

    public static TimeRecognizer load() {
        Map<String, Map<String, Integer>> sections = new HashMap<>();
        LexiconFile.sections(RESOURCE).forEach((name, entries) -> {
            Map<String, Integer> words = new HashMap<>();
            for (String entry : entries) {
                String[] columns = entry.split("\t");
                words.put(ArabicText.normalize(columns[0]), Integer.parseInt(columns[1].strip()));
            }
            sections.put(name, Map.copyOf(words));
        });
        return new TimeRecognizer(Map.copyOf(sections));
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
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String word = tokens.get(i).normalized();
            if (!anyStartsWith(word) && number(word) == null) {
                i++;
                continue;
            }
            int used = explicit(tokens, i, year, out);
            if (used == 0) {
                used = relative(tokens, i, anchor, out);
            }
            i += Math.max(used, 1);
        }
        return out;
    }

    /** «[في] 4|الخامس [من] يناير[/كانون الثاني] [2022]». */
    private int explicit(List<Token> tokens, int i, Optional<Integer> year, List<TimeExpression> out) {
        int j = i;
        Integer day = number(tokens.get(j).normalized());
        int dayWords = 1;
        if (day == null) {
            Match ordinal = phrase("ordinal", tokens, j);
            if (ordinal == null) {
                return 0;
            }
            day = ordinal.value();
            dayWords = ordinal.words();
        }
        j += dayWords;
        if (j < tokens.size() && tokens.get(j).normalized().equals("من")) {
            j++;
        }
        Match month = j < tokens.size() ? phrase("month", tokens, j) : null;
        if (month == null || day < 1 || day > 31) {
            return 0;
        }
        j += month.words();
        Match other = j < tokens.size() ? phrase("month", tokens, j) : null;
        if (other != null && other.value() == month.value()) {
            j += other.words(); // «كانون الثاني/يناير»
        }
        Optional<Integer> stated = Optional.empty();
        if (j < tokens.size() && number(tokens.get(j).normalized()) != null
                && number(tokens.get(j).normalized()) > 1900) {
            stated = Optional.of(number(tokens.get(j).normalized()));
            j++;
        }
        Optional<Integer> y = stated.or(() -> year);
        int d = day;
        Optional<LocalDate> date = y.flatMap(value -> safeDate(value, month.value(), d));
        out.add(new TimeExpression(span(tokens, i, j), TimeExpression.Kind.EXPLICIT, date));
        return j - i;
    }

    /** «أمس»، «أول أمس»، «اليوم الخميس»، «الخميس الماضي»، «يوم السبت المقبل». */
    private int relative(List<Token> tokens, int i, Optional<LocalDate> anchor, List<TimeExpression> out) {
        Match relative = phrase("relative", tokens, i);
        int j = i;
        Optional<LocalDate> date = Optional.empty();
        TimeExpression.Kind kind;
        if (relative != null) {
            j += relative.words();
            date = anchor.map(a -> a.plusDays(relative.value()));
            kind = TimeExpression.Kind.RELATIVE;
            Match weekday = j < tokens.size() ? phrase("weekday", tokens, j) : null;
            if (weekday != null) {
                j += weekday.words(); // «اليوم الخميس»: the weekday confirms the day
            }
        } else {
            int start = tokens.get(j).normalized().equals("يوم") ? j + 1 : j;
            Match weekday = start < tokens.size() ? phrase("weekday", tokens, start) : null;
            if (weekday == null) {
                return 0;
            }
            j = start + weekday.words();
            boolean next = j < tokens.size() && NEXT.contains(tokens.get(j).normalized());
            boolean past = j < tokens.size() && PAST.contains(tokens.get(j).normalized());
            if (next || past) {
                j++;
            }
            DayOfWeek day = DayOfWeek.of(weekday.value());
            date = anchor.map(a -> next ? a.with(TemporalAdjusters.next(day))
                    : past ? a.with(TemporalAdjusters.previous(day)) : a.with(TemporalAdjusters.previousOrSame(day)));
            kind = TimeExpression.Kind.WEEKDAY;
        }
        out.add(new TimeExpression(span(tokens, i, j), kind, date));
        return j - i;
    }

    private boolean anyStartsWith(String word) {
        for (Set<String> starts : firstWords.values()) {
            if (starts.contains(word) || (word.length() >= 3 && starts.contains(word.substring(1)))
                    || word.equals("يوم")) {
                return true;
            }
        }
        return false;
    }

    private record Match(int value, int words) {}

    private Match phrase(String section, List<Token> tokens, int i) {
        String first = tokens.get(i).normalized();
        Set<String> starts = firstWords.getOrDefault(section, Set.of());
        if (!starts.contains(first) && (first.length() < 3 || !starts.contains(first.substring(1)))) {
            return null;
        }
        Map<String, Integer> words = sections.getOrDefault(section, Map.of());
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < n; k++) {
                key.append(k > 0 ? " " : "").append(tokens.get(i + k).normalized());
            }
            String joined = key.toString();
            Integer value = words.get(joined);
            if (value == null && joined.length() > 2 && (joined.charAt(0) == 'و' || joined.charAt(0) == 'ب')) {
                value = words.get(joined.substring(1));
            }
            if (value != null) {
                return new Match(value, n);
            }
        }
        return null;
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

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
