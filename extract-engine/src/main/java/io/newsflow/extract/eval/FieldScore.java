package io.newsflow.extract.eval;

/** Counts for one field: matches, what the system said, what the gold holds. */
public record FieldScore(int matched, int system, int gold) {

    public static final FieldScore ZERO = new FieldScore(0, 0, 0);

    public FieldScore plus(FieldScore o) {
        return new FieldScore(matched + o.matched, system + o.system, gold + o.gold);
    }

    public double precision() {
        return system == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) Math.min(matched, system) / system;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) Math.min(matched, gold) / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
