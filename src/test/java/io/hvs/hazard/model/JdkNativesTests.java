package io.hvs.hazard.model;

import java.io.FileDescriptor;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class JdkNativesTests {

    @Test
    void linkingLeavesTheStandardStreamsOpen() {
        assertThatNoException().isThrownBy(JdkNatives::linkBeforeTensorflow);
        assertThatNoException().as("a second call, as a second start in the same JVM would make")
            .isThrownBy(JdkNatives::linkBeforeTensorflow);
        assertThat(List.of(FileDescriptor.in, FileDescriptor.out)).as("stdin and stdout still open")
            .allMatch(FileDescriptor::valid);
    }

}
