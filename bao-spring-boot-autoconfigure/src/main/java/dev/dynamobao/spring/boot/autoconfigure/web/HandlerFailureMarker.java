package dev.dynamobao.spring.boot.autoconfigure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes on the request that its handler threw, before any {@code @ExceptionHandler} or error page
 * turns the exception into a normal response, so that {@link UnitOfWorkFilter} flushes nothing.
 * Resolves nothing itself: the other resolvers still produce the response.
 */
public class HandlerFailureMarker implements HandlerExceptionResolver, Ordered {

    /** The request attribute set when the handler threw; its value is the exception. */
    public static final String ATTRIBUTE = HandlerFailureMarker.class.getName() + ".FAILURE";

    /** Creates the marker. */
    public HandlerFailureMarker() {
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        request.setAttribute(ATTRIBUTE, failure);
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Whether the handler of {@code request} threw. */
    public static boolean handlerFailed(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
