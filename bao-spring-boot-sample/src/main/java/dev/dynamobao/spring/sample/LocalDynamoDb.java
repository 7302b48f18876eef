package dev.dynamobao.spring.sample;

import dev.dynamobao.test.MotoServer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "no AWS account" run of the sample: when neither the arguments, the system properties nor
 * the environment name a DynamoDB ({@code dynamobao.endpoint}, {@code dynamobao.region},
 * {@code AWS_ENDPOINT_URL_DYNAMODB}), the test kit's DynamoDB server (moto) is started on a free
 * loopback port for the run and the starter is pointed at it.
 */
final class LocalDynamoDb {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDynamoDb.class);

    private LocalDynamoDb() {
    }

    /** Whether a DynamoDB is named by {@code args}, the system properties or {@code environment}. */
    static boolean configured(String[] args, Function<String, String> environment) {
        boolean inArgs = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--dynamobao.endpoint=")
                || arg.startsWith("--dynamobao.region="));
        return inArgs || System.getProperty("dynamobao.endpoint") != null || System.getProperty("dynamobao.region") != null
                || environment.apply("DYNAMOBAO_ENDPOINT") != null || environment.apply("DYNAMOBAO_REGION") != null
                || environment.apply("AWS_ENDPOINT_URL_DYNAMODB") != null;
    }

    /**
     * Starts the server (stopped when the JVM exits) and returns the properties that point the
     * starter at it.
     */
    static Map<String, Object> start() {
        MotoServer server = MotoServer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-local-dynamodb"));
        LOG.info("No DynamoDB configured: started the test kit's server at {} (started in {} ms); set dynamobao.endpoint"
                + " or dynamobao.region to use another", server.endpoint(), server.startupTime().toMillis());
        return Map.of("dynamobao.endpoint", server.endpoint().toString(), "dynamobao.region", server.region());
    }
}
