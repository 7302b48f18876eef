package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.BaoException;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.schema.TableSchemaMismatchException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a DynamoBao failure during startup into Spring Boot's "APPLICATION FAILED TO START"
 * report: every model problem on its own line, the missing table with the way to create it, the
 * table differences.
 */
public class BaoFailureAnalyzer extends AbstractFailureAnalyzer<BaoException> {

    /** Creates the analyzer (registered in {@code META-INF/spring.factories}). */
    public BaoFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BaoException cause) {
        String nl = System.lineSeparator();
        if (cause instanceof ModelDefinitionException models) {
            return new FailureAnalysis("DynamoBao found " + models.problems().size() + " problem(s) in the entity models:"
                    + nl + "  - " + String.join(nl + "  - ", models.problems()),
                    "Fix each model listed above; each line names the class, the field and the fix.", cause);
        }
        if (cause instanceof TableMissingException missing) {
            return new FailureAnalysis("DynamoDB table '" + missing.table() + "' does not exist.",
                    "Create it with " + missing.createCommand() + " (models in models.yaml), or once with"
                            + " factory.schema().createTable(), or start once with dynamobao.ensure-table=true; or set"
                            + " dynamobao.table / dynamobao.endpoint / dynamobao.region to the table that holds the data"
                            + " (dynamobao.check-table=false skips the check).", cause);
        }
        if (cause instanceof TableSchemaMismatchException mismatch) {
            return new FailureAnalysis(mismatch.getMessage(),
                    "Use another table name (dynamobao.table) or migrate the table to the layout above.", cause);
        }
        return new FailureAnalysis("DynamoBao could not start: " + cause.getMessage(),
                "Check the dynamobao.* properties and the message above.", cause);
    }
}
