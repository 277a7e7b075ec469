package io.hvs.hazard.api;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static io.hvs.hazard.api.SameRequest.assertSameRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Differential fuzzing of {@link ReadingsFastPath} against the full (Jackson) decoder (Jazzer). Property: for any
 * bytes the fast path either declines, or gives exactly the request the full decoder gives, every feature to the
 * bit; it never accepts what the full decoder refuses, and throws nothing. The seeds in
 * {@code ReadingsFastPathFuzzTestsInputs/} are requests it reads, so that mutations start on its path.
 */
class ReadingsFastPathFuzzTests {

    private static final int MAX_READINGS = 5;

    private static final HazardRequestDecoder FULL_DECODER = new HazardRequestDecoder(MAX_READINGS);

    @FuzzTest(maxDuration = "25s")
    void agreesWithTheFullDecoder(byte[] body) {
        HazardRequest fast = ReadingsFastPath.decode(body, MAX_READINGS);
        if (fast == null) {
            return;
        }
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> FULL_DECODER.decodeFully(body));
        assertThat(refused).as("the full decoder refuses what the fast path read").isNull();
        assertSameRequest(fast, FULL_DECODER.decodeFully(body));
    }

}
