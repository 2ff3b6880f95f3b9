package org.qawl.text;

/**
 * A place where an actor is named: a known name (country, city, organization, outlet, body, or
 * the surname of a person the report names with a title), a nisba adjective («الروسية» →
 * Russia), a person after a title («وزير الخارجية سيرغي لافروف»), a personal name with no title
 * that the attribution found as a speaker («أعرب زاهر موسى الربعي»), a title alone («الرئيس
 * الكازاخستاني»), which the resolver may tie to a person of the report, or the head of a body
 * alone («الحكومة»، «الأمانة العامة»), which it may tie to the report's country or organization,
 * or a capital named for its state («قالت موسكو»، «بالنسبة لواشنطن»).
 */
public record ActorMention(Span span, Kind kind) implements Mention {
    public enum Kind { NAME, NISBA, PERSON, PERSON_NAME, ROLE, HEAD, METONYM }
}
