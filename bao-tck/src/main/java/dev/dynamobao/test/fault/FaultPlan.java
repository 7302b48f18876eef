package dev.dynamobao.test.fault;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides the {@link Fault} of each HTTP attempt a {@link FaultInjectingHttpClient} sends.
 * Called from the threads sending requests, so implementations used by concurrent code must be
 * thread-safe (the ones made here are).
 */
@FunctionalInterface
public interface FaultPlan {

    /** A plan injecting nothing. */
    FaultPlan NONE = request -> Fault.NONE;

    /** The fault of {@code request}; {@link Fault#NONE} to send it normally. */
    Fault faultFor(FaultRequest request);

    /**
     * Injects {@code fault} into attempt {@code attempt} of every call of {@code operation}.
     *
     * @param operation a DynamoDB operation name such as {@code "UpdateItem"}
     * @param attempt the SDK attempt (1 = first send)
     */
    static FaultPlan always(String operation, int attempt, Fault fault) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fault, "fault");
        return request -> request.operation().equals(operation) && request.attempt() == attempt ? fault : Fault.NONE;
    }

    /** Injects {@code fault} into attempt {@code attempt} of the next call of {@code operation} only. */
    static FaultPlan once(String operation, int attempt, Fault fault) {
        FaultPlan always = always(operation, attempt, fault);
        AtomicBoolean used = new AtomicBoolean();
        return request -> always.faultFor(request) != Fault.NONE && used.compareAndSet(false, true) ? fault : Fault.NONE;
    }

    /**
     * Injects into attempts {@code 1..attempts} of every call of {@code operation} — with a number of
     * attempts at or above the SDK's, every attempt of a call fails.
     */
    static FaultPlan firstAttempts(String operation, int attempts, Fault fault) {
        return request -> request.operation().equals(operation) && request.attempt() <= attempts ? fault : Fault.NONE;
    }

    /**
     * A seeded random plan: each attempt of a write operation gets, with probability {@code rate},
     * one of {@code faults} (uniformly). The same seed and the same sequence of requests give the
     * same faults, so a failing run can be replayed from its seed.
     */
    static FaultPlan seeded(long seed, double rate, List<Fault> faults) {
        List<Fault> choices = List.copyOf(faults);
        Random random = new Random(seed);
        return request -> {
            if (!isWrite(request.operation())) {
                return Fault.NONE;
            }
            synchronized (random) {
                return random.nextDouble() < rate ? choices.get(random.nextInt(choices.size())) : Fault.NONE;
            }
        };
    }

    /** Whether {@code operation} writes (the operations a write path sends). */
    static boolean isWrite(String operation) {
        return switch (operation) {
            case "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems", "BatchWriteItem" -> true;
            default -> false;
        };
    }

    /** This plan, then {@code next} for attempts this plan sends normally. */
    default FaultPlan orElse(FaultPlan next) {
        return request -> {
            Fault fault = faultFor(request);
            return fault != Fault.NONE ? fault : next.faultFor(request);
        };
    }
}
