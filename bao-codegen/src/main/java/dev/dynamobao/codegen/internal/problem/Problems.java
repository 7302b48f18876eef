package dev.dynamobao.codegen.internal.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file, each placed at a YAML node. */
public final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    /** Problems of {@code file} (the name used in every message). */
    public Problems(String file) {
        this.file = file;
    }

    /** The file name used in the messages. */
    public String file() {
        return file;
    }

    /** Records a problem at {@code at} (a node of this file). */
    public void add(Node at, String model, String field, String message, String fix) {
        Optional<Mark> mark = at == null ? Optional.empty() : at.getStartMark();
        add(mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1), model, field, message, fix);
    }

    /** Records a problem at a 1-based line and column. */
    public void add(int line, int column, String model, String field, String message, String fix) {
        found.add(new Problem(file, line, column, model, field, message, fix));
    }

    /** Whether any problem was recorded. */
    public boolean any() {
        return !found.isEmpty();
    }

    /** The problems sorted by position (stable for equal positions). */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    /** Throws a {@link ModelFileException} with every problem when there is any. */
    public void throwIfAny() {
        if (any()) {
            throw new ModelFileException(file, sorted());
        }
    }
}
