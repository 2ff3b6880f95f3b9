package org.qawl.text;

/**
 * Words that name an event: {@code type} is the local name of an event-type concept
 * («Protest»), {@code subtype} keeps apart events of one type that are never the same happening
 * («rise» and «cut» for prices; empty when the type has none).
 */
public record EventMention(Span span, String type, String subtype) implements Mention {
    /** Type and subtype as one key, e.g. {@code PriceChange/rise}. */
    public String kind() {
        return subtype.isEmpty() ? type : type + "/" + subtype;
    }
}
