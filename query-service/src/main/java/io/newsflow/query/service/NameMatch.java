package io.newsflow.query.service;

/**
 * The SQL of the name filters (person, speaker, actor): a value matches an entity by its id, or by
 * its full name, a person's surname or any alias, compared after {@code newsflow_fold} (lower case,
 * accents and punctuation ignored; migration V7). The conditions name one bound parameter.
 */
final class NameMatch {

    private NameMatch() {
    }

    /**
     * The ids of the entities {@code :parameter} names, as an array computed once per statement
     * (an InitPlan); {@code kindCondition} narrows them (or is empty).
     */
    static String entityIds(String parameter, String kindCondition) {
        return "ARRAY(SELECT en.id FROM entity en WHERE (en.id = :" + parameter
                + " OR en.name_keys @> ARRAY[newsflow_fold(:" + parameter + ")])" + kindCondition + ")";
    }

    /**
     * A name column of a row the engine did not tie to an entity ({@code entityColumn} null), compared
     * by the same folding; a row tied to one is matched through the entity. The folded-name indexes
     * hold only such rows (V9).
     */
    static String sameName(String column, String entityColumn, String parameter) {
        return "(" + entityColumn + " IS NULL AND newsflow_fold(" + column + ") = newsflow_fold(:" + parameter + "))";
    }
}
