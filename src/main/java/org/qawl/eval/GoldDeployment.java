package org.qawl.eval;

import java.util.List;
import java.util.Optional;

/** The scored fields of one gold deployment (deployments.jsonl). */
public record GoldDeployment(String id, String force, String by, List<String> contributors, String destination,
        List<String> requestedBy, String decided, String start, Optional<Long> troops, Optional<Long> equipment,
        String legalBasisArabic, List<String> mentionTexts, String withdrawalAnnouncedBy,
        Optional<Long> withdrawalStartWithinDays, Optional<Long> withdrawalMaxDays) {}
