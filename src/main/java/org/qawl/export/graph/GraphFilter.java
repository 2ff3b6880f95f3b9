package org.qawl.export.graph;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which statements and nodes a projection keeps. Empty sets and absent dates mean "no
 * restriction"; {@link #none()} keeps everything (what {@code qawl export} writes).
 *
 * @param reports report IRIs whose statements are kept (empty: all reports)
 * @param from first day kept, inclusive (statement date, else its report's date)
 * @param to last day kept, inclusive
 * @param keepUndated whether statements without a date pass a date range
 * @param types local names of node types kept ({@code Person}, {@code Country} ...; empty: all)
 */
public record GraphFilter(Set<String> reports, Optional<LocalDate> from, Optional<LocalDate> to,
        boolean keepUndated, Set<String> types) {

    public GraphFilter {
        reports = Set.copyOf(reports);
        types = Set.copyOf(types);
    }

    public static GraphFilter none() {
        return new GraphFilter(Set.of(), Optional.empty(), Optional.empty(), true, Set.of());
    }

    /** Whether a statement of {@code report} dated {@code date} (may be null) is kept. */
    public boolean keeps(String report, LocalDate date) {
        return (reports.isEmpty() || report != null && reports.contains(report)) && keepsDay(date);
    }

    /** Whether the date range keeps this day (null: undated). */
    public boolean keepsDay(LocalDate date) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        if (date == null) {
            return keepUndated;
        }
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    /** Whether a node of this type (local name) is kept. */
    public boolean keepsType(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
