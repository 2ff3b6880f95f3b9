package org.qawl.eval;

/** Precision, recall and F1 from counts: {@code matched} predicted and gold items that agree. */
public record Score(int predicted, int gold, int correctPredicted, int correctGold) {
    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correctGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(predicted + other.predicted, gold + other.gold,
                correctPredicted + other.correctPredicted, correctGold + other.correctGold);
    }

    public static Score zero() {
        return new Score(0, 0, 0, 0);
    }
}
