package org.qawl.resolve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.qawl.text.ArabicText;
import org.qawl.text.NameLexicon;

/**
 * The words of every Arabic name, variant and nisba in the gazetteer, and of every title, for
 * the attribution rules. Hidden labels (outlets named by an everyday word, such as «العربية»)
 * are left out, so everyday words do not start speaker phrases.
 */
public final class GazetteerNames implements NameLexicon {
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "عن", "الي", "مع",
            "بن", "ابن", "ابو", "ال", "لل", "و");

    private final Set<String> words;

    private GazetteerNames(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static GazetteerNames of(Gazetteer gazetteer) {
        Set<String> words = new HashSet<>();
        Set<Node> nameProperties = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), Gazetteer.NISBA);
        gazetteer.asGraph().find().forEachRemaining((Triple t) -> {
            Node object = t.getObject();
            if (nameProperties.contains(t.getPredicate()) && object.isLiteral()
                    && "ar".equals(object.getLiteralLanguage())) {
                addWords(words, object.getLiteralLexicalForm());
            }
        });
        gazetteer.titles().forEach(title -> addWords(words, title.arabic()));
        return new GazetteerNames(words);
    }

    private static void addWords(Set<String> words, String name) {
        for (String word : ArabicText.normalize(name).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !FUNCTION_WORDS.contains(word)) {
                words.add(word);
            }
        }
    }

    @Override
    public boolean isNameWord(String normalized) {
        return words.contains(normalized);
    }
}
