package dev.dynamobao.codegen.internal.problem;

import dev.dynamobao.BaoException;
import java.util.List;
import java.util.stream.Collectors;

/** A YAML file (models or configuration) that cannot be used; lists every problem found in it. */
public final class ModelFileException extends BaoException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for the problems of {@code file}, which must not be empty. */
    public ModelFileException(String file, List<Problem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String file, List<Problem> problems) {
        return file + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was generated:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
