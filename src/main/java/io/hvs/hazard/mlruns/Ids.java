package io.hvs.hazard.mlruns;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** MLflow-shaped ids and names, drawn from a supplied Random so that training can be reproducible. */
final class Ids {

    private static final long EIGHTEEN_DIGITS_MIN = 100_000_000_000_000_000L;

    private static final List<String> ADJECTIVES = List.of("amber", "bold", "brave", "calm", "clever", "crisp",
            "gentle", "keen", "lucid", "merry", "nimble", "quiet", "rapid", "steady", "sunny", "vivid");

    private static final List<String> NOUNS = List.of("bat", "bee", "crane", "deer", "fox", "hare", "hawk", "lark",
            "lynx", "mole", "newt", "owl", "seal", "swan", "toad", "wren");

    private Ids() {
    }

    /** An 18-digit experiment id, as MLflow 2.x's _generate_unique_integer_id. */
    static String experimentId(Random random) {
        return Long.toString(EIGHTEEN_DIGITS_MIN + random.nextLong(9 * EIGHTEEN_DIGITS_MIN));
    }

    /** 32 lowercase hex digits with uuid4's version and variant bits, as {@code uuid.uuid4().hex}. */
    static String uuidHex(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        return HexFormat.of().formatHex(bytes);
    }

    /** An adjective-noun-number run name of at most 20 characters, like MLflow's default names. */
    static String runName(Random random) {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "-" + NOUNS.get(random.nextInt(NOUNS.size()))
                + "-" + random.nextInt(1000);
    }

}
