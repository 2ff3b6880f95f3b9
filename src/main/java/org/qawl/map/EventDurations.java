package org.qawl.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.qawl.ingest.Report;
import org.qawl.text.Quantity;
import org.qawl.text.TimeExpression;
import org.qawl.vocab.Qawl;

/**
 * Ties each length of time to the event it measures, in the same clause: the event named
 * before it («انسحاب القوات سيبدأ في غضون يومين») or, failing that, right after it («خلال يومين
 * تنسحب القوات»). A comma, semicolon, colon, bracket or «ثم» between them starts another clause,
 * whose verb the length measures («اعتقل … ثم حكم عليه بالسجن لمدة ست سنوات»). An event named as
 * the genitive of another («انسحاب وحدات حفظ السلام») is that one's complement, so the length goes
 * to the head. «للمرة الأولى منذ عشر سنوات» measures nothing that happens. What the length measures comes from the
 * verb at it: a start («سيبدأ في غضون يومين») is qawl:startsWithin, a length of the event
 * itself («لن يستغرق ذلك أكثر من 10 أيام»، «لمدة أسبوع») qawl:lasts, any other «within» («ستغادر
 * خلال يومين») qawl:happensWithin.
 */
final class EventDurations {
    /** How far before a length of time (UTF-16 chars, from the event's words' end) its event may be named. */
    static final int BEFORE_WINDOW = 100;
    /** How far after a length of time its event may be named, when none is named before it: next to it. */
    static final int AFTER_WINDOW = 3;
    /** What starts another clause between an event and a length. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[،,؛;:()]|(?:^|\\s)ثم\\s");
    /** «للمرة الأولى منذ/في»، «لأول مرة منذ»: the length is how long something did not happen. */
    private static final Pattern FIRST_TIME_SINCE = Pattern.compile("(?:للمرة الأولى|لأول مرة|للمرة الاولى|لاول مرة)\\s+(?:منذ|في|فى)\\s*$");
    /** A start just before the length: «سيبدأ»، «تبدأ»، «البدء»، «ستنطلق». */
    private static final Pattern STARTS = Pattern.compile(
            "(?:^|\\s)[وف]?(?:س?[يت]بد[أا]|بد[أا]ت?|ال?بدء|س?[يت]نطلق|انطلاق)\\s*$");
    /** The event's own length: «يستغرق»، «يستمر»، «يدوم»، «لمدة»، «على مدى»، «طوال». */
    private static final Pattern LASTS = Pattern.compile(
            "س?[يت]ستغرق|س?[يت]ستمر|س?[يت]دوم|لمدة|مدته|مدتها|على مدى|على مدار|طوال");

    private EventDurations() {}

    static void write(Report report, Map<Node, List<EventGrounding.Grounded>> events, List<TimeExpression> durations,
            MappingContext context, StreamRDF out) {
        String text = report.text();
        for (TimeExpression duration : durations) {
            measured(text, duration, events).ifPresent(event -> {
                Node node = context.iris().duration(report.id(), context.codePoints().offset(duration.span().start()));
                out.quad(Quad.create(context.graph(), event, property(text, duration), node));
            });
        }
    }

    /** The property that says what {@code duration} measures of its event. */
    static Node property(String text, TimeExpression duration) {
        String words = duration.span().of(text);
        String before = text.substring(Math.max(0, duration.span().start() - 20), duration.span().start());
        if (LASTS.matcher(words).find() || LASTS.matcher(before).find()) {
            return Qawl.lasts;
        }
        if (STARTS.matcher(before).find()) {
            return Qawl.startsWithin;
        }
        return duration.qualifier() == Quantity.Qualifier.WITHIN ? Qawl.happensWithin : Qawl.lasts;
    }

    private static Optional<Node> measured(String text, TimeExpression duration,
            Map<Node, List<EventGrounding.Grounded>> events) {
        int at = duration.span().start();
        if (FIRST_TIME_SINCE.matcher(text.substring(Math.max(0, at - 30), at)).find()) {
            return Optional.empty();
        }
        Node before = null;
        int beforeEnd = -1;
        Node after = null;
        int afterStart = Integer.MAX_VALUE;
        for (Map.Entry<Node, List<EventGrounding.Grounded>> event : events.entrySet()) {
            for (EventGrounding.Grounded mention : event.getValue()) {
                if (!mention.sentence().span().contains(at) || isComplement(text, mention, events)) {
                    continue;
                }
                int start = mention.mention().span().start();
                int end = mention.mention().span().end();
                if (end <= at && at - end <= BEFORE_WINDOW && end > beforeEnd
                        && !CLAUSE_BREAK.matcher(text.substring(end, at)).find()) {
                    before = event.getKey();
                    beforeEnd = end;
                } else if (start >= duration.span().end() && start - duration.span().end() <= AFTER_WINDOW
                        && start < afterStart && !CLAUSE_BREAK.matcher(text.substring(duration.span().end(), start)).find()) {
                    after = event.getKey();
                    afterStart = start;
                }
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** «انسحاب وحدات حفظ السلام»: an event's words right after another's, with only a space between. */
    private static boolean isComplement(String text, EventGrounding.Grounded mention,
            Map<Node, List<EventGrounding.Grounded>> events) {
        int start = mention.mention().span().start();
        for (List<EventGrounding.Grounded> members : events.values()) {
            for (EventGrounding.Grounded other : members) {
                int end = other.mention().span().end();
                if (end < start && text.substring(end, start).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
