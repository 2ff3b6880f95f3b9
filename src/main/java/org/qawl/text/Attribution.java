package org.qawl.text;

import java.util.Optional;

/**
 * An attributed statement found in the text: who (as written, or empty for an implicit speaker
 * such as «وأضاف»), which predicate, and the content span.
 *
 * @param span the content, exactly as the statement's {@code qawl:content}
 * @param speakerAsWritten the speaker phrase in this sentence; empty when implicit
 * @param speakerName the phrase that names the speaker: the written one, or for an implicit
 *     speaker the phrase of the statement it continues; empty when no speaker could be found
 * @param verb the speech predicate, empty for a verbless headline «X: ...»
 * @param rule the id of the rule that made it (published as {@code qawl:rule})
 * @param addressee who was spoken to («دعا الأمين العام الأطراف إلى ...»), when the text says
 * @param medium the medium in English gold labels (statement, interview, tweet ...), when the
 *     text says, or inherited by a continuation of the same speech
 */
public record Attribution(
        Span span,
        Optional<Span> speakerAsWritten,
        Optional<Span> speakerName,
        Optional<SpeechVerb> verb,
        Mode mode,
        String rule,
        double confidence,
        boolean headline,
        Optional<Span> addressee,
        Optional<String> medium) implements Mention {

    public enum Mode {
        DIRECT, INDIRECT, MIXED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Colon speech without quotation marks («وأضاف: نحن ...») is direct speech. */
        public Mode combine(boolean colonSpeech) {
            return colonSpeech && this == INDIRECT ? DIRECT : this;
        }
    }
}
