package dev.dynamobao.benchmarks.latency;

/**
 * A request the stub cannot answer faithfully (an unsupported operation or expression): answered
 * with HTTP 400 {@code ValidationException} naming what is missing, never with a made-up result.
 */
final class StubRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StubRequestException(String message) {
        super(message);
    }
}
