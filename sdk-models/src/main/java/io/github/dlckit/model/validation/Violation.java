package io.github.dlckit.model.validation;

/**
 * One broken rule: where (a wire path such as {@code JobSpecs[0].SpotSpec.SpotDiscountLimit}), which rule
 * (a spot rule number such as {@code R7}, or a name such as {@code Required}), and what is wrong.
 */
public final class Violation {

    private final String field;
    private final String rule;
    private final String problem;

    /**
     * @param field the wire path of the offending field
     * @param rule the rule's number or name
     * @param problem what the rule requires and what was given
     */
    public Violation(String field, String rule, String problem) {
        this.field = field;
        this.rule = rule;
        this.problem = problem;
    }

    /** @return the wire path of the offending field */
    public String field() {
        return field;
    }

    /** @return the rule's number ({@code R7}) or name ({@code Required}) */
    public String rule() {
        return rule;
    }

    /** @return what the rule requires and what was given */
    public String problem() {
        return problem;
    }

    /**
     * @return {@code field: rule problem} for a numbered spot rule, e.g.
     *         {@code SpotSpec.SpotDiscountLimit: R7 requires 0.1 to 0.9 ..., got 0.95}; {@code field problem} for a
     *         named one, whose name the problem already says, e.g. {@code DisplayName is required by CreateJob}
     */
    @Override
    public String toString() {
        return isNumberedRule() ? field + ": " + rule + " " + problem : field + " " + problem;
    }

    private boolean isNumberedRule() {
        return rule.length() > 1 && (rule.charAt(0) == 'R' || rule.charAt(0) == 'M')
                && rule.substring(1).chars().allMatch(Character::isDigit);
    }
}
