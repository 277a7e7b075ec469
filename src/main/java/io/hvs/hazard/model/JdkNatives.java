package io.hvs.hazard.model;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Links, ahead of TensorFlow's {@code dlopen}, the JDK libraries and native methods that the main thread needs
 * while Spring starts.
 * <p>
 * TensorFlow's {@code dlopen} (~0.4 s of relocations and static constructors) holds glibc's loader lock, and the
 * JDK takes that lock to load a library or to link a native method on its first call ({@code dlsym}). So does the
 * main thread whenever it calls a JDK native for the first time: it then waits for the whole {@code dlopen}. With
 * the library found at once (see {@link TensorflowRuntime}), the {@code dlopen} runs 0.35-0.75 s into the start,
 * when Spring calls a native for the first time every few tens of milliseconds: the main thread waited 315 ms in
 * {@code StackWalker}'s first call ({@code -Xlog:class+load}, 2026-12-07). Calling each one here first, on the
 * thread that then loads TensorFlow, costs microseconds.
 * <p>
 * The list is what {@code -Xlog:jni+resolve=debug} shows the main thread linking in its first 1.5 s; its next
 * native (the JVM memory metrics') comes about a second after TensorFlow's library has loaded. To check it after a
 * change of the start-up path: run the jar with {@code -Xlog:jni+resolve=debug,library=info:file=jni.log:uptime,tid}
 * and look for "Dynamic-linking" lines of the main thread before {@code libjnitensorflow} is loaded.
 */
final class JdkNatives {

    private JdkNatives() {
    }

    static void linkBeforeTensorflow() {
        loadLibraries();
        linkMethods();
    }

    /**
     * {@code libnet} (the web server), {@code libmanagement} and {@code libmanagement_ext} (JVM metrics, the
     * start time that Boot logs).
     */
    private static void loadLibraries() {
        InetAddress.getLoopbackAddress();
        ManagementFactory.getOperatingSystemMXBean();
        ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void linkMethods() {
        // Boot's logging: the time zone, the console's charset, the first line written to standard output (zero
        // bytes); reading a resource (available).
        TimeZone.getDefault();
        System.console();
        // Streams over the standard descriptors, never closed: closing them would close the process's stdin/stdout.
        try {
            new FileInputStream(FileDescriptor.in).available();
        }
        catch (IOException ex) {
            // No standard input: the method is linked all the same.
        }
        try {
            new FileOutputStream(FileDescriptor.out).write(new byte[0]);
        }
        catch (IOException ex) {
            // Nothing was written; the method is linked all the same.
        }
        // SpringApplication: the main class from the stack, the process id, a stack trace.
        StackWalker.getInstance().walk(Stream::findFirst);
        ProcessHandle.current().isAlive();
        new Throwable().getStackTrace();
        // The zip classes' initialisers each ask the JDK's library loader for libzip again, which first looks for
        // a built-in copy with dlsym; configuration binding reflects.
        new CRC32();
        new Adler32();
        new Inflater().end();
        new Deflater().end();
        Array.get(new Object[1], 0);
        Object.class.getMethods()[0].getParameters();
        // Config files and Tomcat's base directory: a stat, and mkdir through NIO and java.io (both refuse "/").
        Files.isDirectory(Path.of("/"));
        new File("/").mkdir();
        try {
            Files.createDirectory(Path.of("/"));
        }
        catch (IOException ex) {
            // "/" exists; the point was the call.
        }
    }

}
