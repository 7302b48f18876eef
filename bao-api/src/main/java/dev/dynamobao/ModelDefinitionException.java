package dev.dynamobao;

import java.util.List;

/**
 * One or more entity classes are not valid models. Thrown when the factory is built (or by the
 * enhancer at build time), never in the middle of a request. Every problem of every model is
 * reported together; each names the class, the field and the fix.
 */
public class ModelDefinitionException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** Creates the exception from the list of problems found. */
    public ModelDefinitionException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, one sentence naming class, field and fix. */
    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        StringBuilder text = new StringBuilder("Invalid entity model")
                .append(problems.size() == 1 ? "" : "s (" + problems.size() + " problems)")
                .append(':');
        for (String problem : problems) {
            text.append(System.lineSeparator()).append("  - ").append(problem);
        }
        return text.toString();
    }
}
