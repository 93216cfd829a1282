package org.docuportal.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running portal for all the black-box test classes of a test JVM (a failsafe execution): the
 * WAR that {@code mvn package} built, on the Payara Micro and with the options Arquillian would use
 * ({@code payara.microJar}, {@code payara.cmdOptions}, {@code portal.war}), started at the first
 * class that asks for it and stopped when the JVM's tests end. Starting a server per class cost
 * about 20 seconds each, more than most classes' tests.
 *
 * <p>Classes that deploy something of their own through Arquillian (tests inside the server, the
 * example plugin) take it from {@link Deployments#portalWith}, which stops the shared portal first:
 * an embedded H2 file opens in one process at a time. It comes back for the next class that needs
 * it; {@link ArquillianClassesFirst} runs those classes first, so that it stops at most once.
 */
public final class SharedPortal implements BeforeAllCallback {

    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    private static Process server;
    private static URL base;

    @Override
    public void beforeAll(ExtensionContext context) {
        base();
        // Stopped when the whole run ends (the root store closes its resources), not after this class.
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stopper", key -> (AutoCloseable) SharedPortal::stop);
    }

    /** The root of the shared portal, ending in a slash; starts it where it does not run. */
    static synchronized URL base() {
        String running = System.getProperty("it.portal.url", "");
        if (!running.isBlank()) {
            // A portal started by hand (e.g. java -jar portal.jar): quick runs of one class while working on it.
            return url(running.endsWith("/") ? running : running + "/");
        }
        if (server == null || !server.isAlive()) {
            start();
        }
        return base;
    }

    /** Stops the shared portal where it runs. */
    static synchronized void stop() {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
        server = null;
        base = null;
    }

    private static void start() {
        int port = freePort();
        Path log = Path.of("target", "shared-portal-" + ProcessHandle.current().pid() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("payara.cmdOptions", "").trim();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", required("payara.microJar"),
                "--nohazelcast", "--disablephonehome", "--port", String.valueOf(port),
                "--prebootcommandfile", required("payara.prebootCommands"),
                "--deploy", new File(System.getProperty("portal.war", "target/ROOT.war")).getAbsolutePath()));
        try {
            Files.createDirectories(log.getParent());
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
            base = URI.create("http://localhost:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Payara Micro: " + command, e);
        }
        Instant started = Instant.now();
        Instant deadline = started.plus(STARTUP);
        while (!ready()) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                String tail = tail(log);
                stop();
                throw new IllegalStateException("the shared portal did not start (see " + log + "):\n" + tail);
            }
            sleep();
        }
        System.out.printf("Shared portal ready at %s after %d s (log: %s)%n", base,
                Duration.between(started, Instant.now()).toSeconds(), log);
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("it.portal.url is not an address: " + address, e);
        }
    }

    private static boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(base, "health/ready").openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (failsafe sets it from the pom)");
        }
        return value;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shared portal started", e);
        }
    }
}
