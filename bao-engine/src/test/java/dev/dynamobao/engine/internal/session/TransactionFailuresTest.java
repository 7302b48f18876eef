package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.operation.ItemWrite;
import dev.dynamobao.engine.internal.operation.WriteAction;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class TransactionFailuresTest {

    private static WriteAction action(String description) {
        return new WriteAction(description, ItemWrite.delete("t", new ItemKey("k", "k"), null, new ExpressionContext()),
                stored -> new BaoException(description));
    }

    private static final List<WriteAction> ACTIONS = List.of(action("create Tag 'a'"), action("create AppEntity 'x'"));

    @Test
    void interpret_whenAConditionFailedInATransaction_listsEveryActionAndKeepsTheSpecificCause() {
        TransactionCanceledException cancelled = TransactionCanceledException.builder().message("cancelled")
                .cancellationReasons(CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ConditionalCheckFailed").message("The conditional request failed").build())
                .build();
        EntityExistsException specific = new EntityExistsException("AppEntity 'x' already exists");
        specific.initCause(cancelled);

        BaoException result = TransactionFailures.interpret(ACTIONS, specific);

        TransactionCancelledException failure = assertInstanceOf(TransactionCancelledException.class, result);
        assertEquals(2, failure.reasons().size());
        assertEquals("None", failure.reasons().get(0).code());
        assertEquals("create AppEntity 'x'", failure.reasons().get(1).action());
        assertEquals("ConditionalCheckFailed", failure.reasons().get(1).code());
        assertEquals("The conditional request failed", failure.reasons().get(1).message());
        assertSame(specific, failure.getCause());
        assertTrue(failure.getMessage().contains("create AppEntity 'x' -> ConditionalCheckFailed"), failure.getMessage());
        assertTrue(failure.getMessage().contains("already exists"), failure.getMessage());
    }

    @Test
    void interpret_whenDynamoDbGaveFewerReasons_marksTheRestUnknown() {
        TransactionCanceledException cancelled = TransactionCanceledException.builder().message("cancelled").build();
        BaoException generic = new BaoException("cancelled", cancelled);

        TransactionCancelledException failure = assertInstanceOf(TransactionCancelledException.class,
                TransactionFailures.interpret(ACTIONS, generic));

        assertEquals(List.of("Unknown", "Unknown"), failure.reasons().stream().map(r -> r.code()).toList());
    }

    @Test
    void interpret_ofASingleConditionFailure_reportsOneReason() {
        ConditionalCheckFailedException conditionFailed = ConditionalCheckFailedException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorMessage("The conditional request failed").build()).build();
        EntityExistsException specific = new EntityExistsException("Tag 'a' already exists");
        specific.initCause(conditionFailed);

        TransactionCancelledException failure = assertInstanceOf(TransactionCancelledException.class,
                TransactionFailures.interpret(List.of(ACTIONS.get(0)), specific));

        assertEquals(1, failure.reasons().size());
        assertEquals("create Tag 'a'", failure.reasons().get(0).action());
        assertTrue(failure.reasons().get(0).failed());
    }

    @Test
    void interpret_keepsAnAlreadyInterpretedCancellation() {
        TransactionCancelledException already = new TransactionCancelledException("x", List.of(), null);
        assertSame(already, TransactionFailures.interpret(ACTIONS, already));
    }

    @Test
    void interpret_keepsFailuresThatAreNoCancellation() {
        DataAccessException unavailable = new DataAccessException("service unavailable");
        assertSame(unavailable, TransactionFailures.interpret(ACTIONS, unavailable));
    }
}
