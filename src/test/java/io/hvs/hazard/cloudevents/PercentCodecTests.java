package io.hvs.hazard.cloudevents;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentCodecTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "plain|plain", "a%20b|a b", "%41%62c|Abc", "100%25|100%",
            "caf%C3%A9|café", "%E2%82%AC|€", "a+b|a+b", "\"quoted\"|quoted", "\"a\\\"b\"|a\"b" })
    void decodesOneRoundOfPercentEncoding(String header, String value) {
        assertThat(PercentCodec.decode(header)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", "%2", "a%G0", "%zz", "%C3%28", "%FF", "%ED%A0%80" })
    void rejectsInvalidEscapesAndInvalidUtf8(String header) {
        assertThatIllegalArgumentException().isThrownBy(() -> PercentCodec.decode(header));
    }

    @Test
    void rawUtf8BytesAsContainersHandThemOverAreCheckedNotMangled() {
        String raw = new String("café".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(PercentCodec.decode(raw)).isEqualTo("café");
        String invalid = new String(new byte[] { 'a', (byte) 0xC3 }, StandardCharsets.ISO_8859_1);
        assertThatIllegalArgumentException().isThrownBy(() -> PercentCodec.decode(invalid));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "RackA2_Module01|RackA2_Module01", "a b|a%20b", "50%|50%25",
            "say \"hi\"|say%20%22hi%22", "café|caf%C3%A9" })
    void encodesWhatTheBindingRequires(String value, String header) {
        assertThat(PercentCodec.encode(value)).isEqualTo(header);
    }

    @Test
    void encodingRoundTrips() {
        String value = "Modul ü-1 \"x\" 100% \u0007 €";
        assertThat(PercentCodec.decode(PercentCodec.encode(value))).isEqualTo(value);
        assertThat(PercentCodec.encode(value)).matches("[\\x21-\\x7E]+");
    }

}
