package io.hvs.hazard.function;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the packaged jar (Failsafe runs after {@code package}) as its own process, the way the image runs it. */
final class PackagedJar {

    private PackagedJar() {
    }

    /**
     * @param port the server port ({@code PORT}, as Knative sets it)
     * @param log where the process's output goes
     * @param env environment on top of this JVM's
     */
    static Process start(int port, Path log, Map<String, String> env) throws IOException {
        Path jar = Path.of(System.getProperty("hvs.it.jar", "target/hvs-hazard-function-1.0.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        // AOT mode, as the image runs it: the bean definitions generated at build time (spring-boot:process-aot).
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-Dorg.bytedeco.javacpp.cachedir="
                        + System.getProperty("org.bytedeco.javacpp.cachedir",
                                System.getProperty("user.home") + "/.javacpp/cache"),
                "-jar", jar.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "1");
        builder.environment().putAll(env);
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
