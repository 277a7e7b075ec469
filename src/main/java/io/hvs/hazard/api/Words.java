package io.hvs.hazard.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Eight bytes of an array as one long, the first byte lowest: to read and compare a body a word at a time. */
final class Words {

    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private Words() {
    }

    /** The eight bytes from {@code index}; {@code index + 8} must fit. */
    static long at(byte[] bytes, int index) {
        return (long) LITTLE_ENDIAN_LONGS.get(bytes, index);
    }

}
