package dev.dynamobao.engine.internal.operation;

import java.net.ConnectException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Reads, from the exception the AWS SDK ends a call with, whether any of its attempts may have
 * been applied by DynamoDB. An attempt answered with an HTTP 4xx (throttling, validation, a failed
 * condition) or refused before a connection was made was not applied; a lost response, a timeout
 * or an HTTP 5xx may have been. The SDK gives the number of attempts
 * ({@link SdkException#numAttempts()}) and one suppressed exception per earlier attempt whose
 * message quotes that attempt's failure.
 */
final class Attempts {

    private Attempts() {
    }

    /** Whether some attempt before the last one of {@code failure} may have been applied. */
    static boolean earlierMayHaveApplied(SdkException failure) {
        Integer attempts = failure.numAttempts();
        if (attempts == null || attempts <= 1) {
            return false;
        }
        int rejected = 0;
        for (Throwable earlier : failure.getSuppressed()) {
            String message = earlier.getMessage();
            if (message != null && message.startsWith("Request attempt ")) {
                if (!rejectedMessage(message)) {
                    return true;
                }
                rejected++;
            }
        }
        // Without the SDK's per-attempt history nothing proves the earlier attempts were refused.
        return rejected < attempts - 1;
    }

    /** Whether no attempt of {@code failure} can have been applied. */
    static boolean noneApplied(SdkException failure) {
        return rejected(failure) && !earlierMayHaveApplied(failure);
    }

    /** Whether the server (or the network before a connection) refused this attempt without applying it. */
    private static boolean rejected(SdkException failure) {
        if (failure instanceof AwsServiceException service) {
            int status = service.statusCode();
            return status >= 400 && status < 500;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean rejectedMessage(String message) {
        return message.contains("Status Code: 4") || message.contains("Connection refused");
    }
}
