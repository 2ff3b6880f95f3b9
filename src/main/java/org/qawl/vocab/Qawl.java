package org.qawl.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the qawl ontology ({@code ontology/qawl.ttl}). Each constant is named exactly like
 * its local name; {@code QawlVocabularyTest} checks this class against the ontology both ways.
 */
public final class Qawl {
    public static final String NS = "https://w3id.org/qawl/ns#";

    private Qawl() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    // Classes
    public static final Node Report = term("Report");
    public static final Node Actor = term("Actor");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node GovernmentBody = term("GovernmentBody");
    public static final Node ArmedForce = term("ArmedForce");
    public static final Node Country = term("Country");
    public static final Node Place = term("Place");
    public static final Node City = term("City");
    public static final Node Region = term("Region");
    public static final Node MediaOutlet = term("MediaOutlet");
    public static final Node Group = term("Group");
    public static final Node Statement = term("Statement");
    public static final Node Event = term("Event");
    public static final Node Deployment = term("Deployment");
    public static final Node Mention = term("Mention");
    public static final Node Figure = term("Figure");
    public static final Node Count = term("Count");
    public static final Node Duration = term("Duration");
    public static final Node Evidence = term("Evidence");

    // Report
    public static final Node title = term("title");
    public static final Node text = term("text");
    public static final Node date = term("date");
    public static final Node source = term("source");
    public static final Node url = term("url");
    public static final Node language = term("language");
    public static final Node sourceFile = term("sourceFile");

    // Statement
    public static final Node speaker = term("speaker");
    public static final Node speakerText = term("speakerText");
    public static final Node speakerStart = term("speakerStart");
    public static final Node speakerEnd = term("speakerEnd");
    public static final Node verb = term("verb");
    public static final Node verbLemma = term("verbLemma");
    public static final Node verbStart = term("verbStart");
    public static final Node verbEnd = term("verbEnd");
    public static final Node content = term("content");
    public static final Node mode = term("mode");
    public static final Node addressee = term("addressee");
    public static final Node medium = term("medium");
    public static final Node about = term("about");
    public static final Node inReport = term("inReport");
    public static final Node embeddedIn = term("embeddedIn");
    public static final Node headline = term("headline");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");

    // Actor
    public static final Node role = term("role");
    public static final Node nisba = term("nisba");
    public static final Node memberOf = term("memberOf");
    public static final Node country = term("country");
    public static final Node capital = term("capital");
    public static final Node mentionedAs = term("mentionedAs");

    // Event, Deployment, Count
    public static final Node eventType = term("eventType");
    public static final Node endDate = term("endDate");
    public static final Node place = term("place");
    public static final Node participant = term("participant");
    public static final Node agent = term("agent");
    public static final Node target = term("target");
    public static final Node requester = term("requester");
    public static final Node party = term("party");
    public static final Node count = term("count");
    public static final Node reportedIn = term("reportedIn");
    public static final Node dateText = term("dateText");
    public static final Node eventMention = term("eventMention");
    public static final Node mergedInto = term("mergedInto");
    public static final Node value = term("value");
    public static final Node qualifier = term("qualifier");
    public static final Node unit = term("unit");
    public static final Node unitClass = term("unitClass");
    public static final Node upTo = term("upTo");
    public static final Node statedIn = term("statedIn");
    public static final Node force = term("force");
    public static final Node deployedBy = term("deployedBy");
    public static final Node contributor = term("contributor");
    public static final Node destination = term("destination");
    public static final Node requestedBy = term("requestedBy");
    public static final Node troops = term("troops");
    public static final Node equipment = term("equipment");
    public static final Node withdrawal = term("withdrawal");
    public static final Node announcedBy = term("announcedBy");
    public static final Node purpose = term("purpose");
    public static final Node mandate = term("mandate");
    public static final Node startsWithin = term("startsWithin");
    public static final Node happensWithin = term("happensWithin");
    public static final Node lasts = term("lasts");
}
