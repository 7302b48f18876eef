package dev.dynamobao.engine.internal.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The fields of one model as the filter compiler sees them. */
public interface FilterSchema {

    /** The model name, used in error messages. */
    String modelName();

    /** The field called {@code fieldName}, if the model has one. */
    Optional<FilterField> field(String fieldName);

    /** The names of every field that may be filtered on, listed in error messages. */
    List<String> fieldNames();

    /** A schema of model {@code modelName} with exactly {@code fields}, in that order. */
    static FilterSchema of(String modelName, List<FilterField> fields) {
        Objects.requireNonNull(modelName, "modelName");
        Map<String, FilterField> byName = new LinkedHashMap<>();
        for (FilterField field : fields) {
            if (byName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("Model " + modelName + " lists field '" + field.name() + "' twice");
            }
        }
        List<String> names = List.copyOf(new ArrayList<>(byName.keySet()));
        return new FilterSchema() {
            @Override
            public String modelName() {
                return modelName;
            }

            @Override
            public Optional<FilterField> field(String fieldName) {
                return Optional.ofNullable(byName.get(fieldName));
            }

            @Override
            public List<String> fieldNames() {
                return names;
            }

            @Override
            public String toString() {
                return "FilterSchema[" + modelName + " " + names + "]";
            }
        };
    }
}
