package org.qawl.eval;

import java.util.List;

/** One row of a gold actors.jsonl: an actor id and every Arabic form the texts use for it. */
public record GoldActor(String id, String type, String nameEn, List<String> arabicForms,
        List<String> reports, boolean specific) {}
