package dev.dynamobao.samples.interop;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Runs {@code interop.js} (dynamo-bao 0.4.2 on Node) against one DynamoDB endpoint and table, and
 * returns the JSON result the script prints after its {@code INTEROP_RESULT} marker.
 */
final class NodeScript {

    /** The one line the interop check reports when it is skipped. */
    static final String NO_NODE = "node is not on the PATH: the dynamo-bao (JavaScript) interop check is skipped;"
            + " install Node 20+ and npm to run it (with CI=true it fails instead)";
    /** The failure when node is absent and {@code CI=true}. */
    static final String NO_NODE_IN_CI = "node is not on the PATH and CI=true: the dynamo-bao (JavaScript) interop check"
            + " must run in CI; install Node 20+ and npm on the build machine";

    private static final String SCRIPT = "interop.js";
    private static final String RESULT_MARKER = "INTEROP_RESULT ";
    private static final long TIMEOUT_SECONDS = 60;
    private static final long INSTALL_TIMEOUT_SECONDS = 300;

    private final Path directory;
    private final URI endpoint;
    private final String table;
    private final String script;
    private final Map<String, String> environment;

    NodeScript(Path directory, URI endpoint, String table) {
        this(directory, endpoint, table, SCRIPT, Map.of());
    }

    /** Runs {@code script} of {@code directory} with {@code environment} added to the usual variables. */
    NodeScript(Path directory, URI endpoint, String table, String script, Map<String, String> environment) {
        this.directory = directory;
        this.endpoint = endpoint;
        this.table = table;
        this.script = script;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Runs dynamo-bao's own code generator ({@code bin/codegen.js} of the installed package, i.e. {@code npx
     * bao-codegen}) on {@code modelsFile}, writing the JavaScript models into {@code outputDirectory}.
     */
    static void codegen(Path directory, Path modelsFile, Path outputDirectory) {
        ProcessBuilder codegen = new ProcessBuilder(nodeExecutable(), "node_modules/dynamo-bao/bin/codegen.js",
                modelsFile.toString(), outputDirectory.toString()).directory(directory.toFile()).redirectErrorStream(true);
        runAndCapture(codegen, "dynamo-bao's bao-codegen on " + modelsFile);
    }

    /** Runs {@code node <script> <command> <args...>} and parses its result. */
    JsonNode run(String command, String... args) {
        List<String> commandLine = new ArrayList<>(List.of(nodeExecutable(), script, command));
        commandLine.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("BAO_INTEROP_ENDPOINT", endpoint.toString());
        env.put("TABLE_NAME", table);
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "interop");
        env.put("AWS_SECRET_ACCESS_KEY", "interop");
        env.remove("AWS_SESSION_TOKEN");
        env.remove("AWS_PROFILE");
        env.put("DYNAMO_BAO_LOG_LEVEL", "ERROR");
        env.putAll(environment);
        String output = runAndCapture(builder, String.join(" ", commandLine));
        return output.lines()
                .filter(line -> line.startsWith(RESULT_MARKER))
                .reduce((first, second) -> second)
                .map(line -> JsonNode.parser().parse(line.substring(RESULT_MARKER.length())))
                .orElseThrow(() -> new AssertionError(
                        "'" + String.join(" ", commandLine) + "' printed no " + RESULT_MARKER.strip() + " line; output:\n" + output));
    }

    /** The {@code node --version} output, or empty when node cannot be run. */
    static Optional<String> nodeVersion() {
        try {
            return Optional.of(runAndCapture(new ProcessBuilder(nodeExecutable(), "--version").redirectErrorStream(true),
                    "node --version").strip());
        } catch (AssertionError e) {
            return Optional.empty();
        }
    }

    /**
     * Installs the JavaScript side ({@code npm ci}, from the npm registry or npm's cache) unless
     * {@code node_modules} already matches {@code package-lock.json}.
     */
    static void install(Path directory) {
        Path installedLock = directory.resolve("node_modules/.package-lock.json");
        try {
            if (Files.isRegularFile(installedLock) && Files.isDirectory(directory.resolve("node_modules/dynamo-bao"))
                    && Files.getLastModifiedTime(installedLock).compareTo(
                            Files.getLastModifiedTime(directory.resolve("package-lock.json"))) >= 0) {
                return;
            }
        } catch (IOException e) {
            // fall through and install
        }
        ProcessBuilder npm = new ProcessBuilder(System.getProperty("bao.interop.npm", "npm"), "ci", "--no-audit",
                "--no-fund").directory(directory.toFile()).redirectErrorStream(true);
        runAndCapture(npm, "npm ci in " + directory, INSTALL_TIMEOUT_SECONDS);
    }

    private static String runAndCapture(ProcessBuilder builder, String description) {
        return runAndCapture(builder, description, TIMEOUT_SECONDS);
    }

    private static String runAndCapture(ProcessBuilder builder, String description, long timeoutSeconds) {
        Path log = null;
        try {
            log = Files.createTempFile("bao-interop-", ".log");
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("'" + description + "' did not finish within " + timeoutSeconds
                        + " s; output:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("'" + description + "' exited with " + process.exitValue() + "; output:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("Could not run '" + description + "' (are node and npm on the PATH?): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running '" + description + "'", e);
        } finally {
            deleteQuietly(log);
        }
    }

    private static String nodeExecutable() {
        return System.getProperty("bao.interop.node", "node");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray temp file is harmless; the test result is what matters
        }
    }
}
