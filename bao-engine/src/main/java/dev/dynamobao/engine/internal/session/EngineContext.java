package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.engine.internal.concurrent.RequestThreads;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.operation.BatchGetOperation;
import dev.dynamobao.engine.internal.operation.GetOperation;
import dev.dynamobao.engine.internal.operation.RequestExecutor;
import dev.dynamobao.engine.internal.operation.WriteExecutor;
import dev.dynamobao.engine.internal.query.cursor.CursorCodec;
import dev.dynamobao.engine.internal.tenant.TenantResolver;
import java.time.Clock;

/**
 * The factory-wide, thread-safe collaborators every unit of work uses.
 *
 * @param configuration the factory configuration
 * @param models the validated models
 * @param executor sends requests
 * @param writes sends conditional writes and transactions
 * @param get reads one item
 * @param batchGet reads many items
 * @param tenants resolves the current tenant
 * @param cursors encodes query cursors
 * @param clock the time source of generated dates
 * @param requestThreads keeps the independent requests of one operation in flight together
 */
public record EngineContext(BaoConfiguration configuration, ModelRegistry models, RequestExecutor executor,
                            WriteExecutor writes, GetOperation get, BatchGetOperation batchGet, TenantResolver tenants,
                            CursorCodec cursors, Clock clock, RequestThreads requestThreads) {

    /** The table name. */
    public String table() {
        return executor.table();
    }
}
