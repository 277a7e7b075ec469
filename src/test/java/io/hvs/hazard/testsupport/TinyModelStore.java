package io.hvs.hazard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One mlruns store with the tiny model as the champion, written once per test JVM and shared by every Spring
 * context, so the cached contexts all point at the same folder. Deleted when the JVM exits.
 */
public final class TinyModelStore {

    /** The champion's decision threshold. */
    public static final double THRESHOLD = 0.5;

    private static Path root;

    private static TestFixtures.TinyRun run;

    private TinyModelStore() {
    }

    public static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("hvs-mlruns-");
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            run = TestFixtures.writeRun(root, THRESHOLD, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        }
        return root;
    }

    public static synchronized TestFixtures.TinyRun run() {
        root();
        return run;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
        catch (IOException ex) {
            // Best effort at JVM exit: a leftover temp folder is harmless.
        }
    }

}
