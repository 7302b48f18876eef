package dev.dynamobao.spring.boot.autoconfigure.web;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Tenant;
import dev.dynamobao.ValidationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs each HTTP request in one unit of work of the factory ({@code callInUnitOfWork}, the analog
 * of dynamo-bao's {@code runWithBatchContext} per Worker request): within the request, loads are
 * batched and cached; nothing is shared with another request.
 *
 * <p>When the handler returns normally the changes are flushed <em>before</em> the response is
 * sent (the body is held until then), so a failed flush (a version conflict, a unique violation)
 * becomes an error response rather than a success already on the wire. When the handler throws —
 * even if an {@code @ExceptionHandler} turns that into a normal response — nothing is flushed.
 * Asynchronous request processing is not covered: work done on other threads is outside the unit
 * of work.
 */
public class UnitOfWorkFilter extends OncePerRequestFilter {

    private final BaoEntityManagerFactory factory;
    private final String tenantHeader;
    private final List<UnitOfWorkObserver> observers;

    /**
     * Creates the filter.
     *
     * @param factory the factory whose unit of work each request runs in
     * @param tenantHeader the header naming the request's tenant, or {@code null}
     * @param observers told of each unit of work
     */
    public UnitOfWorkFilter(BaoEntityManagerFactory factory, String tenantHeader, List<UnitOfWorkObserver> observers) {
        this.factory = factory;
        this.tenantHeader = tenantHeader == null || tenantHeader.isBlank() ? null : tenantHeader;
        this.observers = List.copyOf(observers);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tenant = tenantHeader == null ? null : request.getHeader(tenantHeader);
        if (tenant == null) {
            inUnitOfWork(request, response, chain);
            return;
        }
        Tenant.Scope scope;
        try {
            scope = Tenant.enter(tenant);
        } catch (ValidationException invalid) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
            return;
        }
        try {
            inUnitOfWork(request, response, chain);
        } finally {
            scope.close();
        }
    }

    private void inUnitOfWork(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        List<UnitOfWorkObserver.Handle> handles = new ArrayList<>(observers.size());
        observers.forEach(observer -> handles.add(observer.opened()));
        boolean[] handlerReturned = {false};
        String outcome = "discarded";
        try {
            factory.runInUnitOfWork(entityManager -> {
                handles.forEach(handle -> handle.entered(entityManager));
                try {
                    chain.doFilter(request, held);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                } catch (ServletException failure) {
                    throw new WrappedServletException(failure);
                }
                if (HandlerFailureMarker.handlerFailed(request)) {
                    throw Discard.INSTANCE;
                }
                handlerReturned[0] = true;
            });
            outcome = "flushed";
        } catch (Discard discarded) {
            // the handler threw and a resolver answered: send that answer, flush nothing
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        } catch (WrappedServletException failure) {
            throw failure.servletException();
        } catch (RuntimeException failure) {
            outcome = handlerReturned[0] ? "failed" : "discarded";
            throw failure;
        } finally {
            String ended = outcome;
            handles.forEach(handle -> handle.closed(ended));
        }
        held.copyBodyToResponse();
    }

    /** Thrown out of the unit of work to leave it without flushing; never escapes the filter. */
    private static final class Discard extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Discard INSTANCE = new Discard();

        private Discard() {
            super("handler failed: unit of work discarded", null, false, false);
        }
    }

    /** Carries a checked {@link ServletException} through the unit-of-work callback. */
    private static final class WrappedServletException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedServletException(ServletException cause) {
            super(cause);
        }

        ServletException servletException() {
            return (ServletException) getCause();
        }
    }
}
