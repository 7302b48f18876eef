package dev.dynamobao.spring.boot.autoconfigure.web;

/**
 * Told when the per-request unit of work of {@link UnitOfWorkFilter} opens and how it ends (the
 * metrics auto-configuration records units of work with one). Called on the request's thread.
 */
public interface UnitOfWorkObserver {

    /** A unit of work opens for a request; the returned handle is told how it ended. */
    Handle opened();

    /** One open unit of work. */
    interface Handle {
        /**
         * The request's entity manager was opened (not called when opening it failed); it stays
         * readable after it is closed, e.g. its {@link dev.dynamobao.BaoEntityManager#requestCount()}.
         *
         * @param entityManager the unit of work of this request
         */
        default void entered(dev.dynamobao.BaoEntityManager entityManager) {
        }

        /**
         * The unit of work ended.
         *
         * @param outcome {@code "flushed"}, {@code "discarded"} (the handler threw) or {@code "failed"}
         *     (the flush itself threw)
         */
        void closed(String outcome);
    }
}
