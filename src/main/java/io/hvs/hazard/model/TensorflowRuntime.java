package io.hvs.hazard.model;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bytedeco.javacpp.Pointer;
import org.tensorflow.TensorFlow;

/**
 * Process-wide settings of the TensorFlow runtime for serving, applied by {@code main} before anything touches
 * TensorFlow, and the background load of its native library.
 * <p>
 * JavaCPP (under TensorFlow Java) registers every native pointer it allocates with a garbage-collector-driven
 * deallocator: under one global lock, after reading the process's resident size from {@code /proc} to decide
 * whether to call {@code System.gc()}. A session call allocates about ten such pointers (tensor, status, name and
 * handle arrays), so with the defaults the lock and the {@code /proc} reads were 16% of the server's CPU samples on
 * single-reading requests (async-profiler, issue 7). The serving path closes every tensor, result and bundle
 * explicitly and TensorFlow Java frees its own temporaries in pointer scopes, so nothing waits for the collector:
 * {@code noPointerGC} turns the registration off, and {@code maxPhysicalBytes=0} turns the resident-size check off
 * (in a pod, the memory limit is what bounds the process). A value the user set with {@code -D} wins. The soak of
 * the benchmark shows the resident size stays flat with these settings.
 * <p>
 * {@code platform.extension} empty says which build of TensorFlow this is: the CPU one ({@code
 * tensorflow-core-native}'s {@code linux-x86_64}, no {@code -gpu}). Unset, JavaCPP also tries the presets' {@code
 * -gpu} extension, whose set-up asks for 20 CUDA libraries: each one looked up as a resource at every parent
 * package of every jar on the class path, then in the library path, before the first TensorFlow library loads.
 * That was 0.3 s of CPU at start-up with the image's class path and 2 s with the fat jar's nested jars (issue 7).
 */
public final class TensorflowRuntime {

    /** The environment variable TensorFlow reads to turn oneDNN off ("0"). */
    public static final String ONEDNN_VARIABLE = "TF_ENABLE_ONEDNN_OPTS";

    static final Map<String, String> SERVING_DEFAULTS = Map.of("org.bytedeco.javacpp.noPointerGC", "true",
            "org.bytedeco.javacpp.maxPhysicalBytes", "0", "org.bytedeco.javacpp.platform.extension", "");

    private TensorflowRuntime() {
    }

    /**
     * Sets the serving defaults for every JavaCPP property the user did not set. Must run before the first
     * TensorFlow class is initialised (JavaCPP reads them once, in a static initialiser).
     */
    public static void applyServingDefaults() {
        SERVING_DEFAULTS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    /**
     * Starts loading TensorFlow's native library (about 630 MB) on a daemon thread, so that the first model load
     * does not wait for it while the web server starts. The thread first links what the main thread will need
     * from the JDK while TensorFlow's {@code dlopen} holds glibc's loader lock ({@link JdkNatives}).
     * @return completes when the library is loaded; a failure is left to the model load, which reports it
     */
    public static CompletableFuture<String> loadNativesInBackground() {
        CompletableFuture<String> loaded = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                JdkNatives.linkBeforeTensorflow();
                loaded.complete(TensorFlow.version());
            }
            catch (Throwable ex) {
                loaded.completeExceptionally(ex);
            }
        }, "hvs-tensorflow-natives");
        loader.setDaemon(true);
        loader.start();
        return loaded;
    }

    /**
     * Whether TensorFlow computes through oneDNN: unless {@code TF_ENABLE_ONEDNN_OPTS} is 0 or false. The native
     * library reads that variable itself, so only the process environment can turn it off (the image, {@code
     * spring-boot:run} and the tests do). Off is faster for this model: oneDNN's fused matrix multiply costs more
     * in set-up than a [n, 30] x [30, 1] product costs at all (JMH, issue 7: 7 instead of 11 us per session call
     * at batch 1, and fewer native allocations).
     */
    public static boolean oneDnnOn() {
        return oneDnnOn(System.getenv(ONEDNN_VARIABLE));
    }

    /** TensorFlow's reading of the variable's value: on by default, off for "0" or "false" in any case. */
    static boolean oneDnnOn(String value) {
        return value == null || !(value.trim().equals("0") || value.trim().equalsIgnoreCase("false"));
    }

    /** Whether JavaCPP runs without its resident-size check, i.e. the serving defaults took effect. */
    public static boolean residentSizeCheckOff() {
        return Pointer.maxPhysicalBytes() <= 0;
    }

}
