package org.qawl.build;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The union of all named graphs, each triple once, in subject order, in bounded memory.
 *
 * <p>Jena's own union graph over TDB2 ({@code getUnionGraph().find()}) removes duplicates with a
 * hash set of every triple seen, so its memory grows with the store. Here the quads are read from
 * TDB2's SPOG index instead: sorted by subject, predicate, object, then graph, so the copies of a
 * triple from several graphs are adjacent and dropping a triple equal to the previous one is
 * enough. Subjects come out grouped, which also lets callers count distinct subjects without
 * remembering them. Another kind of dataset (in memory) gets Jena's union graph.
 *
 * <p>Call inside a read transaction.
 */
public final class UnionTriples {
    private UnionTriples() {}

    public static Iterator<Triple> of(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return dataset.getUnionGraph().find();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        TupleIndex spog = quads.getTupleTable().selectIndex("SPOG");
        if (spog == null) {
            return dataset.getUnionGraph().find();
        }
        return new Distinct(spog.all(), quads.getNodeTable());
    }

    /** Index tuples (in G, S, P, O column order) to triples, skipping adjacent repeats. */
    private static final class Distinct implements Iterator<Triple> {
        private final Iterator<Tuple<NodeId>> tuples;
        private final NodeTable nodes;
        private NodeId lastS;
        private NodeId lastP;
        private NodeId lastO;
        private Triple next;

        Distinct(Iterator<Tuple<NodeId>> tuples, NodeTable nodes) {
            this.tuples = tuples;
            this.nodes = nodes;
        }

        @Override
        public boolean hasNext() {
            while (next == null && tuples.hasNext()) {
                Tuple<NodeId> quad = tuples.next();
                NodeId s = quad.get(1);
                NodeId p = quad.get(2);
                NodeId o = quad.get(3);
                if (s.equals(lastS) && p.equals(lastP) && o.equals(lastO)) {
                    continue;
                }
                lastS = s;
                lastP = p;
                lastO = o;
                next = Triple.create(node(s), node(p), node(o));
            }
            return next != null;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Triple result = next;
            next = null;
            return result;
        }

        private Node node(NodeId id) {
            return nodes.getNodeForNodeId(id);
        }
    }
}
