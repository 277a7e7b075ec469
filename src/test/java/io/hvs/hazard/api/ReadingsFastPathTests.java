package io.hvs.hazard.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.hvs.hazard.api.SameRequest.assertSameRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fast path reads what clients send exactly as Jackson does, and declines everything else, so that the full
 * decoder answers it. Expected values come from the full decoder ({@link HazardRequestDecoder#decodeFully}), never
 * from the fast path itself.
 */
class ReadingsFastPathTests {

    private static final int MAX_READINGS = 3;

    private final HazardRequestDecoder decoder = new HazardRequestDecoder(MAX_READINGS);

    /** Members of a valid reading, name to raw JSON value, in the data set's order. */
    private static Map<String, String> reading() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("Timestamp", "\"2024-05-01 10:00:00\"");
        members.put("Module_ID", "\"RackA1_Module01\"");
        members.put("Rack_ID", "\"RackA1\"");
        for (int slot = 0; slot < ReadingFields.FEATURES; slot++) {
            members.put(ReadingFields.featureName(slot), "1.25");
        }
        return members;
    }

    private static String object(Map<String, String> members) {
        return members.entrySet()
            .stream()
            .map((member) -> "\"" + member.getKey() + "\":" + member.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    }

    private static String wrap(String... readings) {
        return "{\"readings\":[" + String.join(",", readings) + "]}";
    }

    private static String readingWith(UnaryOperator<Map<String, String>> change) {
        return object(change.apply(reading()));
    }

    private static String feature(int slot) {
        return ReadingFields.featureName(slot);
    }

    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** The fast path's answer, checked against the full decoder's. */
    private HazardRequest fastPathAgrees(String body) {
        HazardRequest fast = ReadingsFastPath.decode(utf8(body), MAX_READINGS);
        assertThat(fast).as("fast path of %s", body).isNotNull();
        assertSameRequest(fast, this.decoder.decodeFully(utf8(body)));
        return fast;
    }

    @ParameterizedTest
    @ValueSource(strings = { "test_payload.json", "test_payload_hazardous.json", "ce-binary.body.json" })
    void samplePayloadsTakeTheFastPath(String sample) throws IOException {
        byte[] body = Files.readAllBytes(Path.of("events", sample));
        HazardRequest fast = ReadingsFastPath.decode(body, 100);
        assertThat(fast).isNotNull();
        assertSameRequest(fast, new HazardRequestDecoder(100).decodeFully(body));
    }

    @Test
    void readsABareReadingAndTheWrapper() {
        assertThat(fastPathAgrees(object(reading())).singleReading()).isTrue();
        HazardRequest wrapped = fastPathAgrees(wrap(object(reading()), readingWith((r) -> {
            r.put("Module_ID", "\"RackA1_Module02\"");
            return r;
        })));
        assertThat(wrapped.singleReading()).isFalse();
        assertThat(wrapped.readings()).extracting(ModuleReading::moduleId)
            .containsExactly("RackA1_Module01", "RackA1_Module02");
    }

    @Test
    void readsMembersInAnyOrderWithOrWithoutIds() {
        Map<String, String> members = reading();
        List<String> names = new ArrayList<>(members.keySet());
        Collections.reverse(names);
        Map<String, String> reversed = new LinkedHashMap<>();
        names.forEach((name) -> reversed.put(name, members.get(name)));
        fastPathAgrees(object(reversed));
        HazardRequest anonymous = fastPathAgrees(readingWith((r) -> {
            r.remove("Module_ID");
            r.remove("Rack_ID");
            r.remove("Timestamp");
            return r;
        }));
        assertThat(anonymous.readings().get(0).moduleId()).isEqualTo(ModuleReading.UNKNOWN_MODULE);
        assertThat(anonymous.readings().get(0).rackId()).isNull();
    }

    @Test
    void allowsJsonWhitespaceEverywhere() {
        String body = " \n{ \"readings\" :\t[\r\n" + object(reading()).replace(",", " ,\n\t").replace(":", " : ")
                + " , " + object(reading()) + " ] }\n ";
        assertThat(fastPathAgrees(body).readings()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0", "-0.0", "0e0", "-0E-5", "7", "-12", "1E2", "1e+2", "25e-1", "1.5E-7",
            "0.1", "2.5", "26.692276942357825", "-0.002353743200678049", "1.00000000000000000000000001",
            "4.9E-324", "2.2250738585072014E-308", "3.4028234663852886E38", "123456789012345678901234567890",
            "9007199254740993", "-9223372036854775809", "0.000000000000000000000000000000000000000000001",
            "9999999999999999999", "18446744073709551616", "1e22", "1e23", "1E-0", "-1e+0", "0.30000000000000004",
            "1.7976931348623157e-300", "1e-99999", "0e-0",
            "0.0001234567890123456789", "0.00012345678901234567891", "-0.0000000000000000000" })
    void readsEveryNumberFormAsJacksonDoes(String number) {
        fastPathAgrees(readingWith((r) -> {
            r.put(ReadingFields.featureName(3), number);
            return r;
        }));
    }

    @Test
    void readsRandomValuesInEveryFormAsJacksonDoes() {
        Random random = new Random(20261204);
        for (int request = 0; request < 2_000; request++) {
            String[] readings = new String[1 + random.nextInt(MAX_READINGS)];
            for (int i = 0; i < readings.length; i++) {
                Map<String, String> members = reading();
                for (int slot = 0; slot < ReadingFields.FEATURES; slot++) {
                    members.put(feature(slot), randomNumber(random, slot));
                }
                readings[i] = object(members);
            }
            fastPathAgrees(random.nextBoolean() ? wrap(readings) : readings[0]);
        }
    }

    /** A valid value for the slot, written as clients, BigDecimal or a hand write it. */
    private static String randomNumber(Random random, int slot) {
        boolean nonNegative = ReadingFields.check(slot, -1) != null;
        double magnitude = switch (random.nextInt(4)) {
            case 0 -> random.nextDouble() * 100;
            case 1 -> Math.scalb(random.nextDouble(), random.nextInt(250) - 200);
            case 2 -> Double.longBitsToDouble(random.nextLong() & 0x47EFFFFFFFFFFFFFL);
            default -> random.nextInt(1000);
        };
        if (ReadingFields.check(slot, 100.5) != null) {
            magnitude = random.nextDouble() * 100;
        }
        double value = (nonNegative || random.nextBoolean()) ? magnitude : -magnitude;
        String text = switch (random.nextInt(4)) {
            case 0 -> Double.toString(value);
            case 1 -> new BigDecimal(value).round(new java.math.MathContext(1 + random.nextInt(40))).toString();
            case 2 -> String.format("%." + random.nextInt(20) + "e", value);
            default -> Long.toString((long) value);
        };
        return (text.length() > 64) ? Double.toString(value) : text;
    }

    /** Valid requests that only the full decoder reads: the fast path declines, the answer is the same. */
    @ParameterizedTest
    @ValueSource(strings = { "escaped module id", "non-ASCII module id", "escaped tab", "number timestamp",
            "escaped member name", "long number" })
    void declinesWhatOnlyJacksonReads(String unusual) {
        String body = wrap(readingWith((r) -> {
            switch (unusual) {
                case "escaped module id" -> r.put("Module_ID", "\"Rack\\u0041_M1\"");
                case "non-ASCII module id" -> r.put("Module_ID", "\"Modul\u00e9\"");
                case "escaped tab" -> r.put("Module_ID", "\"Tab\\there\"");
                case "number timestamp" -> r.put("Timestamp", "1714557600");
                case "escaped member name" -> {
                    r.remove("Module_ID");
                    r.put("Module\\u005fID", "\"M1\"");
                }
                case "long number" -> r.put(feature(3), "1." + "0".repeat(70) + "1");
                default -> throw new IllegalArgumentException(unusual);
            }
            return r;
        }));
        assertThat(ReadingsFastPath.decode(utf8(body), MAX_READINGS)).as(body).isNull();
        assertSameRequest(this.decoder.decode(utf8(body)), this.decoder.decodeFully(utf8(body)));
    }

    /** Names are compared a word at a time, the last word overlapping: one wrong byte anywhere is an unknown name. */
    @Test
    void declinesANameThatDiffersFromTheExpectedOneInAnyByte() {
        for (int slot : new int[] { 0, 7, ReadingFields.FEATURES - 1 }) {
            String name = feature(slot);
            for (int i = 0; i < name.length(); i++) {
                String wrong = name.substring(0, i) + (char) (name.charAt(i) ^ 1) + name.substring(i + 1);
                String body = object(reading()).replace("\"" + name + "\":", "\"" + wrong + "\":");
                assertThat(ReadingsFastPath.decode(utf8(body), MAX_READINGS)).as(body).isNull();
                assertThatExceptionOfType(InvalidRequestException.class).as(body)
                    .isThrownBy(() -> this.decoder.decode(utf8(body)));
            }
        }
    }

    /** Invalid requests: the fast path declines them all, and the full decoder refuses them. */
    @ParameterizedTest
    @ValueSource(strings = { "missing", "unknown", "duplicate", "soc out of range", "negative gas", "NaN",
            "leading zero", "bare dot", "trailing dot", "plus sign", "letter after number", "overflow",
            "trailing comma in reading", "trailing comma in array", "empty readings", "readings not an array",
            "content after the root", "too many readings", "extra root member", "histories", "truncated",
            "control character", "missing colon", "string feature", "null feature", "empty object", "root array",
            "module id a number", "unterminated string" })
    void declinesEveryInvalidRequest(String problem) {
        String body = invalid(problem);
        assertThat(ReadingsFastPath.decode(utf8(body), MAX_READINGS)).as(body).isNull();
        assertThatExceptionOfType(InvalidRequestException.class).as(body)
            .isThrownBy(() -> this.decoder.decode(utf8(body)));
    }

    private static String invalid(String problem) {
        String soc = "Module_SoC_percent";
        String valid = object(reading());
        return switch (problem) {
            case "missing" -> readingWith((r) -> {
                r.remove(feature(7));
                return r;
            });
            case "unknown" -> valid.replace("{", "{\"Colour\":\"red\",");
            case "duplicate" -> valid.replace("}", ",\"" + feature(2) + "\":1.5}");
            case "soc out of range" -> valid.replace("\"" + soc + "\":1.25", "\"" + soc + "\":100.5");
            case "negative gas" -> valid.replace("\"Sim_OffGas_CO_ppm_proxy\":1.25", "\"Sim_OffGas_CO_ppm_proxy\":-1");
            case "NaN" -> valid.replace(":1.25", ":NaN");
            case "leading zero" -> valid.replaceFirst(":1.25", ":01.25");
            case "bare dot" -> valid.replaceFirst(":1.25", ":.25");
            case "trailing dot" -> valid.replaceFirst(":1.25", ":1.");
            case "plus sign" -> valid.replaceFirst(":1.25", ":+1.25");
            case "letter after number" -> valid.replaceFirst(":1.25", ":1.25x");
            case "overflow" -> valid.replaceFirst(":1.25", ":1e39");
            case "trailing comma in reading" -> valid.replace("}", ",}");
            case "trailing comma in array" -> wrap(valid).replace("]", ",]");
            case "empty readings" -> wrap();
            case "readings not an array" -> "{\"readings\":" + valid + "}";
            case "content after the root" -> wrap(valid) + "{}";
            case "too many readings" -> wrap(valid, valid, valid, valid);
            case "extra root member" -> wrap(valid).replaceFirst("}$", ",\"more\":1}");
            case "histories" -> "{\"histories\":[]}";
            case "truncated" -> wrap(valid).substring(0, wrap(valid).length() - 2);
            case "control character" -> valid.replace("RackA1_Module01", "Rack\u0001");
            case "missing colon" -> valid.replaceFirst(":1.25", " 1.25");
            case "string feature" -> valid.replaceFirst(":1.25", ":\"1.25\"");
            case "null feature" -> valid.replaceFirst(":1.25", ":null");
            case "empty object" -> "{}";
            case "root array" -> "[" + valid + "]";
            case "module id a number" -> valid.replace("\"RackA1_Module01\"", "7");
            case "unterminated string" -> "{\"Module_ID\":\"RackA1";
            default -> throw new IllegalArgumentException(problem);
        };
    }

}
