package com.tierline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own (this test's classpath, the demo profile), for what one JVM cannot show:
 * several nodes on one database, or a process killed with SIGKILL and started again on the same files.
 */
public record ApplicationProcess(String name, Process process, String base, Path log) {

    /** Starts a node; {@code arguments} are added to (and may override) the demo defaults. */
    public static ApplicationProcess start(String name, String... arguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "node-" + name + ".log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", classpath(),
                "com.tierline.TierlineApplication", "--server.port=" + port, "--spring.profiles.active=demo",
                "--vaadin.devmode.devTools.enabled=false", "--logging.file.name=", "--spring.main.banner-mode=off"));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ApplicationProcess(name, process, "http://localhost:" + port, log);
    }

    /** This JVM's classpath without the project folder itself, whose processes/ would deploy twice. */
    static String classpath() {
        Path projectFolder = Path.of("").toAbsolutePath().normalize();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(projectFolder))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until the login page is served and the demo accounts exist (their runner ends after "Started"). */
    public ApplicationProcess awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("node %s is running (see %s)", name, log).isTrue();
            try {
                HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                String output = Files.readString(log);
                if (login.statusCode() == 200 && output.contains("Started TierlineApplication")
                        && (output.contains("Demo accounts created") || output.contains("Demo accounts exist"))) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500); // polling for readiness, not timing a result
        }
        throw new AssertionError("node " + name + " did not start in time; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed by the application. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** A clean stop (SIGTERM): Spring closes the context and the database. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
