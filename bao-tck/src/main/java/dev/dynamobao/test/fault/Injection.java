package dev.dynamobao.test.fault;

/**
 * One HTTP attempt seen by a {@link FaultInjectingHttpClient} and the fault it got.
 *
 * @param request the attempt
 * @param fault the fault injected ({@link Fault#NONE} when sent normally)
 * @param requestBytes the size of the request body in bytes
 */
public record Injection(FaultRequest request, Fault fault, int requestBytes) {

    @Override
    public String toString() {
        return "#" + request.sequence() + " " + request.operation() + " call " + request.call() + " attempt " + request.attempt()
                + " -> " + fault;
    }
}
