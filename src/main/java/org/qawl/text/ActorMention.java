package org.qawl.text;

/**
 * A place where an actor is named: a known name (country, city, organization, outlet, body), a
 * nisba adjective («الروسية» → Russia), a person after a title («وزير الخارجية سيرغي لافروف»), or
 * a title alone («الرئيس الكازاخستاني»), which the resolver may tie to a person of the report.
 */
public record ActorMention(Span span, Kind kind) implements Mention {
    public enum Kind { NAME, NISBA, PERSON, ROLE }
}
